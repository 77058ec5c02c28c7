//! A server's gates: each is a role Keygate grants after a valid code, with who may pass it
//! (`eligible`) and for how long the role is held (`lasts`, or `reverify_every` for a permanent
//! role that needs a fresh check now and then). Which gate a member is passing, and whether they
//! may, is decided here before anything is counted or hashed.

use std::fmt;

use super::outcome::GateError;
use super::repository::GuildConfig;
use super::{RoleId, Timestamp};

/// A server has at most this many gates.
pub const MAX_GATES: usize = 10;

/// A length of time, in whole seconds (always positive).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Period(i64);

impl Period {
    pub const fn from_secs(secs: i64) -> Self {
        Self(secs)
    }

    pub const fn secs(self) -> i64 {
        self.0
    }
}

impl fmt::Display for Period {
    /// As it is typed: `90m` reads `1h 30m`, a week `7d`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut rest = self.0.max(0);
        let mut parts = Vec::new();
        for (unit, secs) in [("d", DAY), ("h", 60 * MINUTE), ("m", MINUTE), ("s", 1)] {
            if rest >= secs {
                parts.push(format!("{}{unit}", rest / secs));
                rest %= secs;
            }
        }
        if parts.is_empty() {
            parts.push("0s".into());
        }
        f.write_str(&parts.join(" "))
    }
}

/// The lengths a setting accepts, inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PeriodRange {
    pub min: Period,
    pub max: Period,
}

const MINUTE: i64 = 60;
const DAY: i64 = 24 * 60 * 60;

/// `lasts`: from a minute to 30 days.
pub const LASTS: PeriodRange = PeriodRange {
    min: Period(MINUTE),
    max: Period(30 * DAY),
};
/// `reverify_every`: from a day to a year.
/// `remind_after` and `kick_after`: from a minute to 30 days after joining.
pub const UNVERIFIED_AFTER: PeriodRange = LASTS;

pub const REVERIFY_EVERY: PeriodRange = PeriodRange {
    min: Period(DAY),
    max: Period(365 * DAY),
};

/// Why a duration setting was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PeriodProblem {
    /// Not a duration Keygate can read (`90m`, `1h`, `12h`, `7d` are).
    Unreadable,
    /// A duration, but outside the setting's range.
    OutOfRange(PeriodRange),
}

/// What a duration option says: a length, or `off` to clear the setting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PeriodSetting {
    Set(Period),
    Off,
}

impl PeriodSetting {
    /// Reads `90m`, `1h`, `12h`, `7d`, `1h 30m` (or `off`) and checks it against `range`.
    pub fn parse(text: &str, range: PeriodRange) -> Result<Self, PeriodProblem> {
        let text = text.trim();
        if ["off", "none", "never"]
            .iter()
            .any(|word| text.eq_ignore_ascii_case(word))
        {
            return Ok(Self::Off);
        }
        let parsed = humantime::parse_duration(text).map_err(|_| PeriodProblem::Unreadable)?;
        if parsed.subsec_nanos() != 0 {
            return Err(PeriodProblem::OutOfRange(range));
        }
        let secs = i64::try_from(parsed.as_secs()).map_err(|_| PeriodProblem::OutOfRange(range))?;
        if secs < range.min.0 || secs > range.max.0 {
            return Err(PeriodProblem::OutOfRange(range));
        }
        Ok(Self::Set(Period(secs)))
    }

    pub fn period(self) -> Option<Period> {
        match self {
            Self::Set(period) => Some(period),
            Self::Off => None,
        }
    }
}

/// One gate: the role it grants, who may pass it, and how long the role is held.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleGate {
    pub role: RoleId,
    /// Only members who already hold this role may pass.
    pub eligible: Option<RoleId>,
    /// The role is removed this long after it was granted.
    pub lasts: Option<Period>,
    /// A permanent role is removed when its holder has not passed the gate for this long.
    pub reverify_every: Option<Period>,
    /// Only members whose own Discord account was confirmed, in the browser within the last 30
    /// days, to have 2FA on may pass (`/2fa check`).
    pub discord_2fa: bool,
}

impl RoleGate {
    /// A gate every member may pass, granting the role for good.
    pub fn open(role: RoleId) -> Self {
        Self {
            role,
            eligible: None,
            lasts: None,
            reverify_every: None,
            discord_2fa: false,
        }
    }

    /// Whether a member holding `holds` may pass.
    pub fn open_to(&self, holds: &[RoleId]) -> bool {
        self.eligible.is_none_or(|needed| holds.contains(&needed))
    }

    /// What passing the gate at `now` grants.
    pub fn grant(&self, now: Timestamp) -> Grant {
        let lapse = self.reverify_every.filter(|_| self.lasts.is_none());
        Grant {
            role: self.role,
            expires_at: self.lasts.map(|lasts| now.plus_secs(lasts.secs())),
            remind_at: lapse.map(|every| now.plus_secs(every.secs() - reminder_lead(every))),
            lapses_at: lapse.map(|every| now.plus_secs(every.secs())),
        }
    }
}

/// How long before a re-verification is due its reminder goes out: a day, or a tenth of the
/// interval when that is shorter.
pub fn reminder_lead(every: Period) -> i64 {
    DAY.min(every.secs() / 10)
}

/// The role a passed gate grants, and until when it is held.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Grant {
    pub role: RoleId,
    /// A timed role's end: its removal is queued with the grant.
    pub expires_at: Option<Timestamp>,
    /// A re-verified role's reminder, and its removal if the member does not pass again by then.
    pub remind_at: Option<Timestamp>,
    pub lapses_at: Option<Timestamp>,
}

/// Which gate a member is passing, and the roles they hold right now (as Discord sent them with
/// the interaction).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Passing {
    /// The gate asked for; `None` for the first gate open to the member.
    pub role: Option<RoleId>,
    pub holds: Vec<RoleId>,
}

impl Passing {
    pub fn new(role: Option<RoleId>, holds: Vec<RoleId>) -> Self {
        Self { role, holds }
    }
}

/// The gates a member may pass, when they did not say which.
#[derive(Debug)]
pub enum Choice<'a> {
    One(&'a RoleGate),
    /// Several are open: the member picks.
    Several(Vec<&'a RoleGate>),
}

/// The gate `passing` asks for, or every gate open to the member when it asks for none. Refused,
/// before anything is counted: a role that is not gated, a gate the member may not pass (naming
/// the role they need), or a server whose gates are all closed to them.
pub fn choose<'a>(config: &'a GuildConfig, passing: &Passing) -> Result<Choice<'a>, GateError> {
    if config.gates.is_empty() {
        return Err(GateError::NotConfigured);
    }
    if let Some(role) = passing.role {
        let gate = config.gate(role).ok_or(GateError::NotAGate(role))?;
        return match gate.eligible {
            Some(needs) if !gate.open_to(&passing.holds) => {
                Err(GateError::NotEligible { role, needs })
            }
            _ => Ok(Choice::One(gate)),
        };
    }
    let open: Vec<&RoleGate> = config
        .gates
        .iter()
        .filter(|gate| gate.open_to(&passing.holds))
        .collect();
    match open.as_slice() {
        [] => {
            let mut needs: Vec<RoleId> = config.gates.iter().filter_map(|g| g.eligible).collect();
            needs.sort();
            needs.dedup();
            Err(GateError::NoGateOpen { needs })
        }
        [one] => Ok(Choice::One(one)),
        _ => Ok(Choice::Several(open)),
    }
}

/// The one gate `passing` goes through: the one asked for, or the first open to the member.
pub fn resolve<'a>(config: &'a GuildConfig, passing: &Passing) -> Result<&'a RoleGate, GateError> {
    Ok(match choose(config, passing)? {
        Choice::One(gate) => gate,
        Choice::Several(open) => open[0],
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gate::GuildId;

    const HOUR: i64 = 60 * 60;

    fn config(gates: Vec<RoleGate>) -> GuildConfig {
        GuildConfig {
            gates,
            ..GuildConfig::unconfigured(GuildId::new(1))
        }
    }

    #[test]
    fn durations_read_as_people_write_them_within_their_range() {
        for (text, secs) in [
            ("90m", 90 * MINUTE),
            ("1h", HOUR),
            ("12h", 12 * HOUR),
            ("7d", 7 * DAY),
            ("1h 30m", 90 * MINUTE),
            (" 30d ", 30 * DAY),
        ] {
            assert_eq!(
                PeriodSetting::parse(text, LASTS),
                Ok(PeriodSetting::Set(Period(secs))),
                "{text}"
            );
        }
        assert_eq!(PeriodSetting::parse("OFF", LASTS), Ok(PeriodSetting::Off));
        for text in ["", "soon", "90", "1 hour and a bit", "-1h"] {
            assert_eq!(
                PeriodSetting::parse(text, LASTS),
                Err(PeriodProblem::Unreadable),
                "{text}"
            );
        }
        for text in ["59s", "31d", "1500ms"] {
            assert_eq!(
                PeriodSetting::parse(text, LASTS),
                Err(PeriodProblem::OutOfRange(LASTS)),
                "{text}"
            );
        }
        assert_eq!(
            PeriodSetting::parse("12h", REVERIFY_EVERY),
            Err(PeriodProblem::OutOfRange(REVERIFY_EVERY))
        );
        assert_eq!(Period(90 * MINUTE).to_string(), "1h 30m");
        assert_eq!(Period(7 * DAY).to_string(), "7d");
        assert_eq!(Period(DAY + 61).to_string(), "1d 1m 1s");
    }

    #[test]
    fn a_grant_says_when_it_ends_or_lapses_and_when_to_remind() {
        let now = Timestamp::from_unix(1_000_000);
        let timed = RoleGate {
            lasts: Some(Period(HOUR)),
            ..RoleGate::open(RoleId::new(5))
        };
        let grant = timed.grant(now);
        assert_eq!(grant.expires_at, Some(now.plus_secs(HOUR)));
        assert_eq!((grant.remind_at, grant.lapses_at), (None, None));
        let monthly = RoleGate {
            reverify_every: Some(Period(30 * DAY)),
            ..RoleGate::open(RoleId::new(5))
        };
        let grant = monthly.grant(now);
        assert_eq!(grant.expires_at, None);
        assert_eq!(grant.lapses_at, Some(now.plus_secs(30 * DAY)));
        assert_eq!(
            grant.remind_at,
            Some(now.plus_secs(29 * DAY)),
            "a day before"
        );
        let daily = RoleGate {
            reverify_every: Some(Period(DAY)),
            ..RoleGate::open(RoleId::new(5))
        };
        assert_eq!(
            daily.grant(now).remind_at,
            Some(now.plus_secs(DAY * 9 / 10)),
            "at 90 % when a day is more than a tenth"
        );
    }

    #[test]
    fn members_pass_only_the_gates_open_to_them() {
        let (verified, active, staff) = (RoleId::new(1), RoleId::new(2), RoleId::new(3));
        let gates = config(vec![
            RoleGate::open(verified),
            RoleGate {
                eligible: Some(staff),
                lasts: Some(Period(HOUR)),
                ..RoleGate::open(active)
            },
        ]);
        let member = Passing::new(None, vec![]);
        assert!(matches!(choose(&gates, &member), Ok(Choice::One(g)) if g.role == verified));
        let staffer = Passing::new(None, vec![staff]);
        assert!(matches!(choose(&gates, &staffer), Ok(Choice::Several(open)) if open.len() == 2));
        assert!(matches!(
            choose(&gates, &Passing::new(Some(active), vec![])),
            Err(GateError::NotEligible { role, needs }) if role == active && needs == staff
        ));
        assert!(matches!(
            choose(&gates, &Passing::new(Some(RoleId::new(9)), vec![staff])),
            Err(GateError::NotAGate(role)) if role == RoleId::new(9)
        ));
        let only_staff = config(vec![RoleGate {
            eligible: Some(staff),
            ..RoleGate::open(active)
        }]);
        assert!(matches!(
            choose(&only_staff, &member),
            Err(GateError::NoGateOpen { needs }) if needs == vec![staff]
        ));
        assert!(matches!(
            choose(&config(vec![]), &member),
            Err(GateError::NotConfigured)
        ));
        assert_eq!(resolve(&gates, &staffer).unwrap().role, verified);
    }
}
