//! Command names and descriptions in every language, from the catalogue, applied to the command
//! list in one place. The `///` docs on the command functions are for developers; what Discord
//! shows comes from here.

use crate::discord::{BotError, Data};
use crate::guide::{Key, Locale, text};

/// The name key (when the name is translated) and the description key of a command.
fn texts(path: &str) -> Option<(Option<Key>, Key)> {
    use Key::*;
    Some(match path {
        "verify" => (Some(CommandVerifyName), CommandVerifyDescription),
        "2fa" => (None, Command2faDescription),
        "2fa guide" => (Some(Command2faGuideName), Command2faGuideDescription),
        "2fa check" => (Some(Command2faCheckName), Command2faCheckDescription),
        "2fa status" => (Some(Command2faStatusName), Command2faStatusDescription),
        "2fa backup-codes" => (
            Some(Command2faBackupCodesName),
            Command2faBackupCodesDescription,
        ),
        "2fa remove" => (Some(Command2faRemoveName), Command2faRemoveDescription),
        "gate" => (None, CommandGateDescription),
        "gate setup" => (Some(CommandGateSetupName), CommandGateSetupDescription),
        "gate drop" => (Some(CommandGateDropName), CommandGateDropDescription),
        "gate panel" => (Some(CommandGatePanelName), CommandGatePanelDescription),
        "gate status" => (Some(CommandGateStatusName), CommandGateStatusDescription),
        "gate unlock" => (Some(CommandGateUnlockName), CommandGateUnlockDescription),
        "gate revoke" => (Some(CommandGateRevokeName), CommandGateRevokeDescription),
        "gate reset" => (Some(CommandGateResetName), CommandGateResetDescription),
        "gate bypass" => (Some(CommandGateBypassName), CommandGateBypassDescription),
        "gate stats" => (Some(CommandGateStatsName), CommandGateStatsDescription),
        "gate audit" => (Some(CommandGateAuditName), CommandGateAuditDescription),
        "gate config" => (Some(CommandGateConfigName), CommandGateConfigDescription),
        _ => return None,
    })
}

/// The description key of an option of the command at `path`.
fn option_text(path: &str, option: &str) -> Option<Key> {
    use Key::*;
    Some(match (path, option) {
        ("verify", "role") => OptionVerifyRole,
        ("gate setup", "role") => OptionSetupRole,
        ("gate setup", "eligible") => OptionSetupEligible,
        ("gate setup", "lasts") => OptionSetupLasts,
        ("gate setup", "reverify_every") => OptionSetupReverifyEvery,
        ("gate setup", "discord_2fa") => OptionSetupDiscord2fa,
        ("gate setup", "discord_2fa_role") => OptionSetupDiscord2faRole,
        ("gate setup", "log_channel") => OptionSetupLogChannel,
        ("gate setup", "guide_on_join") => OptionSetupGuideOnJoin,
        ("gate setup", "moderator_code") => OptionSetupModeratorCode,
        ("gate setup", "remind_after") => OptionSetupRemindAfter,
        ("gate setup", "kick_after") => OptionSetupKickAfter,
        ("gate setup", "two_person_reset") => OptionSetupTwoPersonReset,
        ("gate drop", "role") => OptionDropRole,
        ("gate panel", "channel") => OptionPanelChannel,
        ("gate panel", "role") => OptionPanelRole,
        ("gate status" | "gate unlock" | "gate reset" | "gate bypass", "user") => OptionMember,
        ("gate revoke", "user") => OptionRevokeUser,
        ("gate revoke", "role") => OptionRevokeRole,
        ("gate reset", "reason") => OptionResetReason,
        ("gate audit", "user") => OptionAuditUser,
        _ => return None,
    })
}

/// Sets every command's description (and translated names) from the catalogue. Returns the paths
/// of commands the table does not know (a test keeps it empty).
pub fn apply(commands: &mut [poise::Command<Data, BotError>]) -> Vec<String> {
    let mut unknown = Vec::new();
    for command in commands {
        apply_one(command, "", &mut unknown);
    }
    unknown
}

fn apply_one(
    command: &mut poise::Command<Data, BotError>,
    parent: &str,
    unknown: &mut Vec<String>,
) {
    let path = if parent.is_empty() {
        command.name.to_string()
    } else {
        format!("{parent} {}", command.name)
    };
    match texts(&path) {
        Some((name, description)) => {
            command.description = Some(text(Locale::En, description).into());
            for locale in Locale::ALL {
                for tag in locale.discord_tags() {
                    if let Some(name) = name {
                        command
                            .name_localizations
                            .to_mut()
                            .push(((*tag).into(), text(locale, name).into()));
                    }
                    command
                        .description_localizations
                        .to_mut()
                        .push(((*tag).into(), text(locale, description).into()));
                }
            }
        }
        None => unknown.push(path.clone()),
    }
    for parameter in &mut command.parameters {
        let Some(key) = option_text(&path, &parameter.name) else {
            unknown.push(format!("{path} {}", parameter.name));
            continue;
        };
        parameter.description = Some(text(Locale::En, key).into());
        for locale in Locale::ALL {
            for tag in locale.discord_tags() {
                parameter
                    .description_localizations
                    .to_mut()
                    .push(((*tag).into(), text(locale, key).into()));
            }
        }
    }
    for subcommand in &mut command.subcommands {
        apply_one(subcommand, &path, unknown);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The command paths, in the order the command list has them.
    const PATHS: [&str; 19] = [
        "verify",
        "2fa",
        "2fa guide",
        "2fa check",
        "2fa status",
        "2fa backup-codes",
        "2fa remove",
        "gate",
        "gate setup",
        "gate drop",
        "gate panel",
        "gate status",
        "gate unlock",
        "gate revoke",
        "gate reset",
        "gate bypass",
        "gate stats",
        "gate audit",
        "gate config",
    ];

    fn walk(commands: &[poise::Command<Data, BotError>], parent: &str, out: &mut Vec<String>) {
        for command in commands {
            let path = if parent.is_empty() {
                command.name.to_string()
            } else {
                format!("{parent} {}", command.name)
            };
            out.push(path.clone());
            walk(&command.subcommands, &path, out);
        }
    }

    #[test]
    fn every_command_takes_its_texts_from_the_catalogue() {
        let mut commands = crate::discord::commands::all();
        let mut paths = Vec::new();
        walk(&commands, "", &mut paths);
        assert_eq!(paths, PATHS, "the table lists every command, in order");
        assert!(apply(&mut commands).is_empty());
        let verify = &commands[0];
        assert_eq!(
            verify.description.as_deref(),
            Some(text(Locale::En, Key::CommandVerifyDescription))
        );
        assert!(
            verify
                .name_localizations
                .iter()
                .any(|(tag, name)| tag == "de" && name == "verifizieren")
        );
        // Every option's description comes from the catalogue too, in every language.
        let gate = commands.iter().find(|c| c.name == "gate").unwrap();
        let setup = gate.subcommands.iter().find(|c| c.name == "setup").unwrap();
        let kick = setup
            .parameters
            .iter()
            .find(|p| p.name == "two_person_reset")
            .unwrap();
        assert_eq!(
            kick.description.as_deref(),
            Some(text(Locale::En, Key::OptionSetupTwoPersonReset))
        );
        for locale in Locale::ALL {
            for tag in locale.discord_tags() {
                assert!(
                    kick.description_localizations
                        .iter()
                        .any(|(t, d)| t == tag && d == text(locale, Key::OptionSetupTwoPersonReset)),
                    "{tag}"
                );
            }
        }
    }

    /// A language's name for each command path (English where it has none of its own).
    fn names(locale: Locale) -> Vec<String> {
        PATHS
            .iter()
            .map(|path| {
                path.split(' ')
                    .enumerate()
                    .map(|(depth, part)| {
                        let so_far = path
                            .split(' ')
                            .take(depth + 1)
                            .collect::<Vec<_>>()
                            .join(" ");
                        match texts(&so_far) {
                            Some((Some(name), _)) => text(locale, name).to_owned(),
                            _ => part.to_owned(),
                        }
                    })
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect()
    }

    #[test]
    fn every_command_a_text_names_exists_in_that_language() {
        for locale in Locale::ALL {
            let known = names(locale);
            let verify = &known[0];
            for key in Key::ALL {
                let value = text(locale, *key);
                for (at, _) in value.match_indices('/') {
                    let rest = &value[at + 1..];
                    let words: Vec<&str> = rest
                        .split(|c: char| c.is_whitespace() || "`*,.;:)(\"'".contains(c))
                        .take(2)
                        .collect();
                    let first = words.first().copied().unwrap_or_default();
                    let named = match first {
                        "gate" | "2fa" => match words.get(1).copied() {
                            Some(sub) if !sub.is_empty() => format!("{first} {sub}"),
                            _ => continue,
                        },
                        _ if first == verify.as_str() => first.to_owned(),
                        _ => continue,
                    };
                    assert!(
                        known.contains(&named),
                        "{locale:?} {}: `/{named}` is not one of its commands ({known:?})",
                        key.name()
                    );
                }
            }
            // And the English name of a translated command does not linger.
            if verify != "verify" {
                for key in Key::ALL {
                    assert!(
                        !text(locale, *key).contains("`/verify`"),
                        "{locale:?} {} says /verify, not /{verify}",
                        key.name()
                    );
                }
            }
        }
    }
}
