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
        "gate setup" => (None, CommandGateSetupDescription),
        "gate drop" => (None, CommandGateDropDescription),
        "gate panel" => (None, CommandGatePanelDescription),
        "gate status" => (None, CommandGateStatusDescription),
        "gate unlock" => (None, CommandGateUnlockDescription),
        "gate revoke" => (None, CommandGateRevokeDescription),
        "gate reset" => (None, CommandGateResetDescription),
        "gate stats" => (None, CommandGateStatsDescription),
        "gate audit" => (None, CommandGateAuditDescription),
        "gate config" => (None, CommandGateConfigDescription),
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
    for subcommand in &mut command.subcommands {
        apply_one(subcommand, &path, unknown);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The command paths, in the order the command list has them.
    const PATHS: [&str; 18] = [
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
    }
}
