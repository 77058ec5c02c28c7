//! The message catalogue: every text keyed by a [`Key`], one table per language, chosen by the
//! interaction's locale (the guild's preferred locale for messages sent without an interaction).
//!
//! Keys are an enum: a misspelt key does not compile, and each language's table is an exhaustive
//! `match`, so a language that lacks a key does not compile either. Tests check that every text
//! keeps English's placeholders and fits Discord's limits.

use std::fmt::Display;

use super::locales;

/// The languages Keygate speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Locale {
    En,
    De,
    Fr,
    /// Spanish as spoken in Spain.
    Es,
    /// Spanish for Latin America: Spain's texts except where the wording differs.
    Es419,
    PtBr,
    It,
    Nl,
    Pl,
    Ru,
    Tr,
    Ja,
}

impl Locale {
    pub const ALL: [Locale; 12] = [
        Self::En,
        Self::De,
        Self::Fr,
        Self::Es,
        Self::Es419,
        Self::PtBr,
        Self::It,
        Self::Nl,
        Self::Pl,
        Self::Ru,
        Self::Tr,
        Self::Ja,
    ];

    /// Discord's locale tag (`en-US`, `de`, `fr`, `es-ES`, `es-419`, `pt-BR`, …) to a language we
    /// speak; anything else is English.
    pub fn from_discord(tag: &str) -> Self {
        match tag {
            "de" => Self::De,
            "fr" => Self::Fr,
            "es-ES" => Self::Es,
            "es-419" => Self::Es419,
            "pt-BR" => Self::PtBr,
            "it" => Self::It,
            "nl" => Self::Nl,
            "pl" => Self::Pl,
            "ru" => Self::Ru,
            "tr" => Self::Tr,
            "ja" => Self::Ja,
            _ => Self::En,
        }
    }

    /// The Discord locale tags this language is registered under for command names and
    /// descriptions (English is the default and needs none).
    pub fn discord_tags(self) -> &'static [&'static str] {
        match self {
            Self::En => &[],
            Self::De => &["de"],
            Self::Fr => &["fr"],
            Self::Es => &["es-ES"],
            Self::Es419 => &["es-419"],
            Self::PtBr => &["pt-BR"],
            Self::It => &["it"],
            Self::Nl => &["nl"],
            Self::Pl => &["pl"],
            Self::Ru => &["ru"],
            Self::Tr => &["tr"],
            Self::Ja => &["ja"],
        }
    }

    /// The language's tag in HTML's `lang` attribute.
    pub fn html_lang(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::De => "de",
            Self::Fr => "fr",
            Self::Es => "es",
            Self::Es419 => "es-419",
            Self::PtBr => "pt-BR",
            Self::It => "it",
            Self::Nl => "nl",
            Self::Pl => "pl",
            Self::Ru => "ru",
            Self::Tr => "tr",
            Self::Ja => "ja",
        }
    }

    /// The language a browser asks for first in `Accept-Language` (`de-DE,de;q=0.9,en;q=0.8`),
    /// among those Keygate speaks; English otherwise.
    pub fn from_accept_language(header: &str) -> Self {
        let mut asked: Vec<(f32, &str)> = header
            .split(',')
            .filter_map(|part| {
                let mut pieces = part.split(';');
                let tag = pieces.next()?.trim();
                let quality = pieces
                    .find_map(|p| p.trim().strip_prefix("q="))
                    .map_or(Some(1.0), |q| q.parse().ok())?;
                (!tag.is_empty()).then_some((quality, tag))
            })
            .collect();
        asked.sort_by(|a, b| b.0.total_cmp(&a.0));
        asked
            .into_iter()
            .find_map(|(_, tag)| {
                let tag = tag.to_ascii_lowercase();
                match tag.split('-').next().unwrap_or_default() {
                    "en" => Some(Self::En),
                    "de" => Some(Self::De),
                    "fr" => Some(Self::Fr),
                    "es" if tag == "es" || tag == "es-es" => Some(Self::Es),
                    // Latin America and the United States (es-419, es-MX, es-AR, es-US, …).
                    "es" => Some(Self::Es419),
                    "pt" if tag == "pt-br" || tag == "pt" => Some(Self::PtBr),
                    "it" => Some(Self::It),
                    "nl" => Some(Self::Nl),
                    "pl" => Some(Self::Pl),
                    "ru" => Some(Self::Ru),
                    "tr" => Some(Self::Tr),
                    "ja" => Some(Self::Ja),
                    _ => None,
                }
            })
            .unwrap_or(Self::En)
    }

    /// The Discord locale tag that names this language (the first it is registered under).
    pub fn discord_tag(self) -> &'static str {
        self.discord_tags().first().copied().unwrap_or("en-US")
    }

    fn table(self) -> fn(Key) -> &'static str {
        match self {
            Self::En => locales::en::text,
            Self::De => locales::de::text,
            Self::Fr => locales::fr::text,
            Self::Es => locales::es::text,
            Self::Es419 => locales::es_419::text,
            Self::PtBr => locales::pt_br::text,
            Self::It => locales::it::text,
            Self::Nl => locales::nl::text,
            Self::Pl => locales::pl::text,
            Self::Ru => locales::ru::text,
            Self::Tr => locales::tr::text,
            Self::Ja => locales::ja::text,
        }
    }
}

macro_rules! keys {
    ($($(#[$doc:meta])* $key:ident => $name:literal,)*) => {
        /// Every text Keygate says. The dotted name is for people and tests (a `.button` label is
        /// held to Discord's 80 characters); code refers to the variant.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Key {
            $($key,)*
        }

        impl Key {
            pub const ALL: &'static [Key] = &[$(Key::$key,)*];

            /// The dotted name, e.g. `reply.wrong_code`.
            pub fn name(self) -> &'static str {
                match self {
                    $(Key::$key => $name,)*
                }
            }
        }
    };
}

keys! {
    // Errors and refusals
    ReplySomethingWentWrong => "reply.something_went_wrong",
    ReplyDatabaseDown => "reply.database_down",
    ReplyNotConfigured => "reply.not_configured",
    ReplyNotAGate => "reply.not_a_gate",
    ReplyNotEligible => "reply.not_eligible",
    ReplyNoGateOpen => "reply.no_gate_open",
    ReplyNotEnrolled => "reply.not_enrolled",
    ReplyAlreadyEnrolled => "reply.already_enrolled",
    ReplyEnrollmentExpired => "reply.enrollment_expired",
    ReplyNeedsAuthenticator => "reply.needs_authenticator",
    ReplyNotACode => "reply.not_a_code",
    ReplyWrongCode => "reply.wrong_code",
    ReplyReplayed => "reply.replayed",
    ReplyLockedUntil => "reply.locked_until",
    ReplyLockedUntilUnlocked => "reply.locked_until_unlocked",
    ReplyGuildOnly => "reply.guild_only",
    ReplyStaleForm => "reply.stale_form",
    ReplyOnlyModerators => "reply.only_moderators",
    ReplyNotVerified => "reply.not_verified",
    ReplyBadArgument => "reply.bad_argument",
    ReplyNotLocked => "reply.not_locked",
    ReplyBusy => "reply.busy",
    ReplyTooManySetups => "reply.too_many_setups",
    ReplyTooManyRemovals => "reply.too_many_removals",
    ReplyTooManyBackupCodeSets => "reply.too_many_backup_code_sets",
    ReplyNeedsDiscord2fa => "reply.needs_discord_2fa",
    // Enrollment
    EnrollInstructions => "enroll.instructions",
    EnrollEnterCodeButton => "enroll.enter_code.button",
    PickGatePrompt => "pick_gate.prompt",
    PickGatePlaceholder => "pick_gate.placeholder",
    ConfirmModalTitle => "confirm.modal_title",
    VerifyModalTitle => "verify.modal_title",
    BackupCodesModalTitle => "backup_codes.modal_title",
    RemoveModalTitle => "remove.modal_title",
    CodeInputLabel => "code.input_label",
    CodeOrBackupInputLabel => "code_or_backup.input_label",
    BackupCodesFirstTime => "backup_codes.first_time",
    BackupCodesRenewed => "backup_codes.renewed",
    BackupCodesFileIntro => "backup_codes.file_intro",
    // Verification
    VerifiedAuthenticator => "verified.authenticator",
    VerifiedBackup => "verified.backup",
    VerifiedBackupLow => "verified.backup_low",
    RoleGranted => "role.granted",
    RolePending => "role.pending",
    RoleForbidden => "role.forbidden",
    RoleOwnerNeeds2fa => "role.owner_needs_2fa",
    RoleGone => "role.gone",
    RoleFailed => "role.failed",
    RoleTimed => "role.timed",
    EndNowButton => "end_now.button",
    RoleEnded => "role.ended",
    RoleEndNotHeld => "role.end_not_held",
    RoleNotEligible => "role.not_eligible",
    RoleDangerous => "role.dangerous",
    RoleSuperseded => "role.superseded",
    Removed => "removed",
    // Status
    StatusBody => "status.body",
    StatusEnrollmentNone => "status.enrollment.none",
    StatusEnrollmentPending => "status.enrollment.pending",
    StatusEnrollmentExpired => "status.enrollment.expired",
    StatusEnrollmentConfirmed => "status.enrollment.confirmed",
    StatusYes => "status.yes",
    StatusNo => "status.no",
    StatusHeldUntil => "status.held_until",
    StatusHeldReverify => "status.held_reverify",
    StatusLockoutNone => "status.lockout.none",
    StatusLockoutUntil => "status.lockout.until",
    StatusLockoutModerator => "status.lockout.moderator",
    StatusNever => "status.never",
    // The verification panel (posted in the server's language)
    PanelBody => "panel.body",
    PanelVerifyButton => "panel.verify.button",
    PanelGuideButton => "panel.guide.button",
    // Moderator replies
    GateRoleProblem => "gate.role_problem",
    GateRoleEveryone => "gate.role.everyone",
    GateRoleManaged => "gate.role.managed",
    GateRoleNoManageRoles => "gate.role.no_manage_roles",
    GateRoleTooHigh => "gate.role.too_high",
    GateRoleInvokerNoManageRoles => "gate.role.invoker_no_manage_roles",
    GateRoleInvokerTooLow => "gate.role.invoker_too_low",
    GateSetupDone => "gate.setup_done",
    GateSetupMembersIntent => "gate.setup_members_intent",
    GateSetupOwnerNeeds2fa => "gate.setup_owner_needs_2fa",
    GateSetupLogChannelRefused => "gate.setup_log_channel_refused",
    ReplyServerPaused => "reply.server_paused",
    GateSetupEligibleWithoutIntent => "gate.setup_eligible_without_intent",
    GateLastsAndReverify => "gate.lasts_and_reverify",
    GateModeratorCodeEnrollFirst => "gate.moderator_code_enroll_first",
    GateTooManyGates => "gate.too_many_gates",
    GateDropped => "gate.dropped",
    GateNotAGate => "gate.not_a_gate",
    GateDangerous => "gate.dangerous",
    PermAdministrator => "perm.administrator",
    PermManageServer => "perm.manage_server",
    PermManageRoles => "perm.manage_roles",
    PermManageChannels => "perm.manage_channels",
    PermManageWebhooks => "perm.manage_webhooks",
    PermBanMembers => "perm.ban_members",
    PermKickMembers => "perm.kick_members",
    PermTimeoutMembers => "perm.timeout_members",
    PermManageMessages => "perm.manage_messages",
    PermMentionEveryone => "perm.mention_everyone",
    GateDurationUnreadable => "gate.duration_unreadable",
    GateDurationOutOfRange => "gate.duration_out_of_range",
    GateEligibleEveryone => "gate.eligible_everyone",
    GateEligibleSelf => "gate.eligible_self",
    GateEligibleOpenGate => "gate.eligible_open_gate",
    StepUpModalTitle => "step_up.modal_title",
    StepUpEnrollFirst => "step_up.enroll_first",
    StepUpExpired => "step_up.expired",
    StepUpNotDone => "step_up.not_done",
    GateNone => "gate.none",
    GateOn => "gate.on",
    GateOff => "gate.off",
    GateRuleEveryone => "gate.rule.everyone",
    GateRuleEligible => "gate.rule.eligible",
    GateRulePermanent => "gate.rule.permanent",
    GateRuleLasts => "gate.rule.lasts",
    GateRuleReverify => "gate.rule.reverify",
    GateDiscord2faNeedsWeb => "gate.discord_2fa_needs_web",
    GateRuleDiscord2fa => "gate.rule.discord_2fa",
    GateSettings => "gate.settings",
    GateDiscord2faRoleIsAGate => "gate.discord_2fa_role_is_a_gate",
    GateRoleIsDiscord2faRole => "gate.role_is_discord_2fa_role",
    GateSettingsDiscord2faRole => "gate.settings_discord_2fa_role",
    GatePanelPosted => "gate.panel_posted",
    GatePanelForbidden => "gate.panel_forbidden",
    GateChannelNotHere => "gate.channel_not_here",
    GateTargetThemselves => "gate.target.themselves",
    GateTargetNotBelow => "gate.target.not_below",
    GateUnlocked => "gate.unlocked",
    GateRevoked => "gate.revoked",
    GateResetDone => "gate.reset_done",
    GateResetTold => "gate.reset_told",
    GateResetNotTold => "gate.reset_not_told",
    GateResetDm => "gate.reset_dm",
    GateStats => "gate.stats",
    GateAuditEmpty => "gate.audit_empty",
    GateConfig => "gate.config",
    GateConfigNoGates => "gate.config_no_gates",
    // The walkthrough of Discord's own two-factor authentication
    GuideSentDm => "guide.sent_dm",
    GuideDmClosed => "guide.dm_closed",
    GuidePageOf => "guide.page_of",
    GuideBackButton => "guide.back.button",
    GuideNextButton => "guide.next.button",
    GuideDoneButton => "guide.done.button",
    GuideFinished => "guide.finished",
    Guide1Title => "guide.1.title",
    Guide1Body => "guide.1.body",
    Guide2Title => "guide.2.title",
    Guide2Body => "guide.2.body",
    Guide3Title => "guide.3.title",
    Guide3Body => "guide.3.body",
    Guide4Title => "guide.4.title",
    Guide4Body => "guide.4.body",
    Guide5Title => "guide.5.title",
    Guide5Body => "guide.5.body",
    Guide6Title => "guide.6.title",
    Guide6Body => "guide.6.body",
    Guide7Title => "guide.7.title",
    Guide7Body => "guide.7.body",
    Guide8Title => "guide.8.title",
    Guide8Body => "guide.8.body",
    Guide9Title => "guide.9.title",
    Guide9Body => "guide.9.body",
    // On join (sent in the server's language)
    JoinDm => "join.dm",
    ReverifyReminderDm => "reverify.reminder_dm",
    // The browser check of Discord's own 2FA (`/2fa check` and the web pages)
    Check2faLink => "check_2fa.link",
    Check2faButton => "check_2fa.button",
    Check2faUnavailable => "check_2fa.unavailable",
    WebOnTitle => "web.on.title",
    WebOnBody => "web.on.body",
    WebRoleComing => "web.role_coming",
    WebCheckedAccount => "web.checked_account",
    WebOffTitle => "web.off.title",
    WebOffBody => "web.off.body",
    WebCheckAgainButton => "web.check_again.button",
    WebCancelledTitle => "web.cancelled.title",
    WebCancelledBody => "web.cancelled.body",
    WebInvalidTitle => "web.invalid.title",
    WebInvalidBody => "web.invalid.body",
    WebExpiredTitle => "web.expired.title",
    WebExpiredBody => "web.expired.body",
    WebSpentTitle => "web.spent.title",
    WebSpentBody => "web.spent.body",
    WebOtherAccountTitle => "web.other_account.title",
    WebOtherAccountBody => "web.other_account.body",
    WebDiscordFailedTitle => "web.discord_failed.title",
    WebDiscordFailedBody => "web.discord_failed.body",
    WebDatabaseDownTitle => "web.database_down.title",
    WebDatabaseDownBody => "web.database_down.body",
    WebUnavailableTitle => "web.unavailable.title",
    WebUnavailableBody => "web.unavailable.body",
    WebNotFoundTitle => "web.not_found.title",
    WebNotFoundBody => "web.not_found.body",
    WebBusyTitle => "web.busy.title",
    WebBusyBody => "web.busy.body",
    // Slash commands: names (where a language has its own) and descriptions
    CommandVerifyName => "command.verify.name",
    CommandVerifyDescription => "command.verify.description",
    Command2faDescription => "command.2fa.description",
    Command2faGuideName => "command.2fa.guide.name",
    Command2faGuideDescription => "command.2fa.guide.description",
    Command2faStatusName => "command.2fa.status.name",
    Command2faStatusDescription => "command.2fa.status.description",
    Command2faBackupCodesName => "command.2fa.backup-codes.name",
    Command2faBackupCodesDescription => "command.2fa.backup-codes.description",
    Command2faRemoveName => "command.2fa.remove.name",
    Command2faRemoveDescription => "command.2fa.remove.description",
    Command2faCheckName => "command.2fa.check.name",
    Command2faCheckDescription => "command.2fa.check.description",
    CommandGateDescription => "command.gate.description",
    CommandGateSetupDescription => "command.gate.setup.description",
    CommandGateDropDescription => "command.gate.drop.description",
    CommandGatePanelDescription => "command.gate.panel.description",
    CommandGateStatusDescription => "command.gate.status.description",
    CommandGateUnlockDescription => "command.gate.unlock.description",
    CommandGateRevokeDescription => "command.gate.revoke.description",
    CommandGateResetDescription => "command.gate.reset.description",
    CommandGateStatsDescription => "command.gate.stats.description",
    CommandGateAuditDescription => "command.gate.audit.description",
    CommandGateConfigDescription => "command.gate.config.description",
    // Members' whole life at the gate: one-time codes, two-person approval, the unverified, stats
    VerifiedBypass => "reply.verified_bypass",
    ReplyBypassExpired => "reply.bypass_expired",
    GateBypassIssued => "gate.bypass_issued",
    GateBypassNotEnrolled => "gate.bypass_not_enrolled",
    GateTwoPersonNeedsLog => "gate.two_person_needs_log",
    GateAuditActor => "gate.audit_actor",
    GateAuditSubject => "gate.audit_subject",
    GateTwoPersonOwnerOnly => "gate.two_person_owner_only",
    GateApprovalRequested => "gate.approval_requested",
    GateApprovalNotPosted => "gate.approval_not_posted",
    ApproveButton => "approval.approve.button",
    DenyButton => "approval.deny.button",
    ApprovalOwnRequest => "approval.own_request",
    ApprovalExpired => "approval.expired",
    ApprovalAlreadyDecided => "approval.already_decided",
    ApprovalDenied => "approval.denied",
    ApprovalNoteApproved => "approval.note_approved",
    ApprovalNoteDenied => "approval.note_denied",
    ApprovalNoteExpired => "approval.note_expired",
    GateKickNeedsPermission => "gate.kick_needs_permission",
    GateKickNeedsYourPermission => "gate.kick_needs_your_permission",
    GateKickBeforeRemind => "gate.kick_before_remind",
    GateUnverifiedNeedsIntent => "gate.unverified_needs_intent",
    GateSettingsUnverified => "gate.settings_unverified",
    GateSettingsTwoPerson => "gate.settings_two_person",
    JoinReminderDm => "join.reminder_dm",
    JoinReminderKickNote => "join.reminder_kick_note",
    KickAuditReason => "join.kick_audit_reason",
    StatsWaiting => "gate.stats_waiting",
    StatsChartHeading => "gate.stats_chart_heading",
    StatsChartNone => "gate.stats_chart_none",
    StatsChartTitle => "gate.stats_chart_title",
    StatsChartVerifications => "gate.stats_chart_verifications",
    StatsChartFailures => "gate.stats_chart_failures",
    StatsChartLockouts => "gate.stats_chart_lockouts",
    StatsChartReplays => "gate.stats_chart_replays",
    // Log channel lines (in the server's language). Mentions render as names: the post pings nobody
    LogEnrollmentStarted => "log.enrollment_started",
    LogEnrolled => "log.enrolled",
    LogModeratorEnrolled => "log.moderator_enrolled",
    LogVerifiedAuthenticator => "log.verified_authenticator",
    LogVerifiedBackup => "log.verified_backup",
    LogVerifiedBypass => "log.verified_bypass",
    LogUntil => "log.until",
    LogNewBackupCodes => "log.new_backup_codes",
    LogRemovedThemselves => "log.removed_themselves",
    LogReplayed => "log.replayed",
    LogTooManyWrong => "log.too_many_wrong",
    LogNotACode => "log.not_a_code",
    LogWrongCode => "log.wrong_code",
    LogLockedUntil => "log.locked_until",
    LogLockedUntilUnlocked => "log.locked_until_unlocked",
    LogConfiguredGate => "log.configured_gate",
    LogConfiguredSettings => "log.configured_settings",
    LogConfiguredDetails => "log.configured_details",
    LogGateDropped => "log.gate_dropped",
    LogPanelPosted => "log.panel_posted",
    LogUnlocked => "log.unlocked",
    LogRevoked => "log.revoked",
    LogEndedExpired => "log.ended_expired",
    LogEndedEarly => "log.ended_early",
    LogEligibilityLost => "log.eligibility_lost",
    LogReverification => "log.reverification",
    LogReset => "log.reset",
    LogApprovedBy => "log.approved_by",
    LogBypassIssued => "log.bypass_issued",
    LogApprovalReset => "log.approval_reset",
    LogApprovalBypass => "log.approval_bypass",
    LogApprovalDenied => "log.approval_denied",
    LogRoleNotEligible => "log.role_not_eligible",
    LogRoleDangerous => "log.role_dangerous",
    LogRoleGrantFailed => "log.role_grant_failed",
    LogRoleRemoveFailed => "log.role_remove_failed",
    LogDiscordGone => "log.discord_gone",
    LogDiscordFailed => "log.discord_failed",
    LogOwnerNeeds2faGrant => "log.owner_needs_2fa_grant",
    LogOwnerNeeds2faRemove => "log.owner_needs_2fa_remove",
    LogForbidden => "log.forbidden",
    LogGuideOnJoin => "log.guide_on_join",
    LogUnverified => "log.unverified",
    LogKickRefused => "log.kick_refused",
    LogTwoPersonOn => "log.two_person_on",
    LogUnverifiedSettings => "log.unverified_settings",
    // Slash commands: the moderator commands' names, and every option's description
    CommandGateSetupName => "command.gate.setup.name",
    CommandGateDropName => "command.gate.drop.name",
    CommandGatePanelName => "command.gate.panel.name",
    CommandGateStatusName => "command.gate.status.name",
    CommandGateUnlockName => "command.gate.unlock.name",
    CommandGateRevokeName => "command.gate.revoke.name",
    CommandGateResetName => "command.gate.reset.name",
    CommandGateBypassName => "command.gate.bypass.name",
    CommandGateStatsName => "command.gate.stats.name",
    CommandGateAuditName => "command.gate.audit.name",
    CommandGateConfigName => "command.gate.config.name",
    CommandGateBypassDescription => "command.gate.bypass.description",
    OptionVerifyRole => "command.verify.role.description",
    OptionSetupRole => "command.gate.setup.role.description",
    OptionSetupEligible => "command.gate.setup.eligible.description",
    OptionSetupLasts => "command.gate.setup.lasts.description",
    OptionSetupReverifyEvery => "command.gate.setup.reverify_every.description",
    OptionSetupDiscord2fa => "command.gate.setup.discord_2fa.description",
    OptionSetupDiscord2faRole => "command.gate.setup.discord_2fa_role.description",
    OptionSetupLogChannel => "command.gate.setup.log_channel.description",
    OptionSetupGuideOnJoin => "command.gate.setup.guide_on_join.description",
    OptionSetupModeratorCode => "command.gate.setup.moderator_code.description",
    OptionSetupRemindAfter => "command.gate.setup.remind_after.description",
    OptionSetupKickAfter => "command.gate.setup.kick_after.description",
    OptionSetupTwoPersonReset => "command.gate.setup.two_person_reset.description",
    OptionDropRole => "command.gate.drop.role.description",
    OptionPanelChannel => "command.gate.panel.channel.description",
    OptionPanelRole => "command.gate.panel.role.description",
    OptionMember => "command.gate.user.description",
    OptionRevokeUser => "command.gate.revoke.user.description",
    OptionRevokeRole => "command.gate.revoke.role.description",
    OptionResetReason => "command.gate.reset.reason.description",
    OptionAuditUser => "command.gate.audit.user.description",
}

/// The text for `key` in `locale`.
pub fn text(locale: Locale, key: Key) -> &'static str {
    (locale.table())(key)
}

/// [`text`] with `{name}` placeholders filled in.
pub fn fill(locale: Locale, key: Key, args: &[(&str, &(dyn Display + Sync))]) -> String {
    let mut out = text(locale, key).to_owned();
    for (name, value) in args {
        out = out.replace(&format!("{{{name}}}"), &value.to_string());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn placeholders(text: &str) -> BTreeSet<String> {
        text.split('{')
            .skip(1)
            .filter_map(|rest| rest.split_once('}').map(|(name, _)| name.to_owned()))
            .collect()
    }

    #[test]
    fn every_key_has_text_in_every_language_with_a_unique_name() {
        let names: BTreeSet<&str> = Key::ALL.iter().map(|k| k.name()).collect();
        assert_eq!(names.len(), Key::ALL.len(), "two keys share a dotted name");
        for locale in Locale::ALL {
            for key in Key::ALL {
                assert!(
                    !text(locale, *key).trim().is_empty(),
                    "{locale:?} has no text for {}",
                    key.name()
                );
            }
        }
    }

    #[test]
    fn translations_keep_every_placeholder_and_discord_limits() {
        for locale in Locale::ALL {
            for key in Key::ALL {
                let (name, value) = (key.name(), text(locale, *key));
                assert_eq!(
                    placeholders(value),
                    placeholders(text(Locale::En, *key)),
                    "{locale:?} {name}"
                );
                assert!(
                    value.chars().count() <= 1900,
                    "{locale:?} {name} is too long for one message"
                );
                if name.ends_with(".button") {
                    assert!(
                        value.chars().count() <= 80,
                        "{locale:?} {name}: button labels are at most 80"
                    );
                }
                if name.ends_with(".modal_title") || name.ends_with(".input_label") {
                    assert!(
                        value.chars().count() <= 45,
                        "{locale:?} {name}: Discord allows 45 characters"
                    );
                }
                if name.starts_with("command.") && name.ends_with(".description") {
                    assert!(
                        (1..=100).contains(&value.chars().count()),
                        "{locale:?} {name}: command descriptions are 1-100 characters"
                    );
                }
                if name.starts_with("command.") && name.ends_with(".name") {
                    assert!(
                        (1..=32).contains(&value.chars().count())
                            && value
                                .chars()
                                .all(|c| !c.is_uppercase() && !c.is_whitespace()),
                        "{locale:?} {name}: command names are 1-32 lower-case characters"
                    );
                }
            }
        }
    }

    #[test]
    fn every_language_translates_every_long_text() {
        // Short labels (`status`, `Discord 2FA`) may be the same words; a sentence never is.
        for locale in Locale::ALL.into_iter().filter(|l| *l != Locale::En) {
            let same: Vec<&str> = Key::ALL
                .iter()
                .filter(|k| {
                    let english = text(Locale::En, **k);
                    english.chars().filter(|c| c.is_alphabetic()).count() > 24
                        && text(locale, **k) == english
                })
                .map(|k| k.name())
                .collect();
            assert!(
                same.is_empty(),
                "{locale:?} left these in English: {same:?}"
            );
        }
    }

    #[test]
    fn locales_map_from_discord_tags_and_back() {
        assert_eq!(Locale::from_discord("de"), Locale::De);
        assert_eq!(Locale::from_discord("es-419"), Locale::Es419);
        assert_eq!(Locale::from_discord("es-ES"), Locale::Es);
        assert_eq!(Locale::from_discord("pt-BR"), Locale::PtBr);
        assert_eq!(Locale::from_discord("ja"), Locale::Ja);
        assert_eq!(Locale::from_discord("ko"), Locale::En);
        assert_eq!(
            Locale::from_accept_language("es-MX,es;q=0.9"),
            Locale::Es419
        );
        assert_eq!(Locale::from_accept_language("es-ES"), Locale::Es);
        assert_eq!(Locale::from_accept_language("nl-BE,nl;q=0.9"), Locale::Nl);
        for locale in Locale::ALL {
            for tag in locale.discord_tags() {
                assert_eq!(Locale::from_discord(tag), locale, "{tag}");
            }
        }
        assert!(text(Locale::En, Key::ReplyNotConfigured).contains("/gate setup"));
    }
}
