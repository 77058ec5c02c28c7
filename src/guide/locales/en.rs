//! English: the reference catalogue. Every other language has exactly these keys.
//! Placeholders in braces (`{when}`) are filled in by the bot; keep them in translations.
//! Discord renders `<t:…>` timestamps in the reader's own time zone and language.

use crate::guide::catalogue::Key;

pub fn text(key: Key) -> &'static str {
    match key {
        // Errors and refusals
        Key::ReplySomethingWentWrong => {
            "Something went wrong on our side. Please try again in a moment; if it keeps happening, tell a moderator."
        }
        Key::ReplyDatabaseDown => {
            "Keygate can't reach its database right now. Please try again shortly."
        }
        Key::ReplyNotConfigured => {
            "This server hasn't set up its verification gate yet. A moderator can do it with `/gate setup`."
        }
        Key::ReplyNotAGate => {
            "{role} isn't one of this server's gates (any more). Run `/verify` to see the roles you can verify for."
        }
        Key::ReplyNotEligible => {
            "Only members who have {needs} can pass the gate for {role}, and you don't have it. Nothing was counted against you. If you think you should have it, ask a moderator."
        }
        Key::ReplyNoGateOpen => {
            "This server's gates are only for members with one of these roles: {roles}. You don't have any of them, so there's nothing for you to verify here. Nothing was counted against you."
        }
        Key::ReplyNotEnrolled => {
            "You haven't set up an authenticator app with this server yet. Run `/verify` to start."
        }
        Key::ReplyAlreadyEnrolled => {
            "You already have an authenticator app set up here. Run `/verify` and enter the 6-digit code it shows."
        }
        Key::ReplyEnrollmentExpired => {
            "That setup took longer than 15 minutes, so it expired for your safety. Run `/verify` to start again with a fresh QR code."
        }
        Key::ReplyNeedsAuthenticator => {
            "For this, please use the 6-digit code from your authenticator app, not a backup code. Backup codes are for getting in when your phone is lost; changing your setup needs the phone itself, because someone who steals your Discord session may have your saved backup codes too."
        }
        Key::ReplyNotACode => {
            "That isn't a valid code. Enter the 6 digits your authenticator app shows right now (for example `123456`), or one of your backup codes (like `1ABC-DEFG-HJKM-NPQR`)."
        }
        Key::ReplyWrongCode => {
            "That code didn't match. Check that you're reading the entry for this server in your authenticator app, and type the code it shows right now."
        }
        Key::ReplyReplayed => {
            "That code was already used, so it can't be used again. Wait for your app to show a new code (they change every 30 seconds). If you didn't use it yourself, tell a moderator: someone may have seen it."
        }
        Key::ReplyLockedUntil => {
            "Too many wrong codes. For your safety, verification is paused until {when}. Try again then."
        }
        Key::ReplyLockedUntilUnlocked => {
            "Too many wrong codes: verification is locked for your account here until a moderator unlocks it."
        }
        Key::ReplyGuildOnly => "Keygate works inside a server. Run this command there.",
        Key::ReplyStaleForm => "This form is out of date. Please run the command again.",
        Key::ReplyOnlyModerators => {
            "Only moderators can use `/gate` (it needs the **Manage Server** permission)."
        }
        Key::ReplyNotVerified => "That member isn't verified right now.",
        Key::ReplyBadArgument => {
            "That option wasn't something I could read. Please pick it from the list Discord shows, then try again."
        }
        Key::ReplyNotLocked => "That member isn't locked out.",
        Key::ReplyBusy => {
            "Another check of your code is still running. Please wait a moment, then try again."
        }
        Key::ReplyTooManySetups => {
            "You've started setting up an authenticator app 3 times in the last hour. For your safety, you can start again {when}."
        }
        Key::ReplyTooManyRemovals => {
            "You've removed your authenticator setup here 3 times today. For your safety, you can remove it again {when}."
        }
        Key::ReplyTooManyBackupCodeSets => {
            "You've made 3 new sets of backup codes today. For your safety, you can make another {when}. The codes you have now still work."
        }
        // Enrollment
        Key::ReplyNeedsDiscord2fa => {
            "The gate for {role} is only for members whose own Discord account has two-factor authentication (2FA) turned on. Keygate hasn't seen yours on in the last 30 days, so nothing was counted against you.\n\nPress the button to show it in your browser (it takes a minute), then try again. If 2FA is off, the page shows how to turn it on."
        }
        Key::EnrollInstructions => {
            "**Set up your authenticator app** (only you can see this message)\n1. Install an authenticator app on your phone if you don't have one: Google Authenticator, Microsoft Authenticator, Aegis, 2FAS or a password manager that supports codes.\n2. In the app, tap **+** and scan the QR code below. No camera? Choose \"enter a setup key\" and type:\n`{key}`\n3. The app now shows a 6-digit code that changes every 30 seconds. Press **Enter code** and type it.\n\nThis setup expires {expires}. Never share this QR code or key: anyone who has it can make your codes."
        }
        Key::EnrollEnterCodeButton => "Enter code",
        Key::PickGatePrompt => {
            "Which role do you want to verify for? Pick one below (only you can see this)."
        }
        Key::PickGatePlaceholder => "Choose a role",
        Key::ConfirmModalTitle => "Confirm your authenticator app",
        Key::VerifyModalTitle => "Verify it's you",
        Key::BackupCodesModalTitle => "New backup codes",
        Key::RemoveModalTitle => "Remove your authenticator",
        Key::CodeInputLabel => "6-digit code from your app",
        Key::CodeOrBackupInputLabel => "Code from your app, or a backup code",
        Key::BackupCodesFirstTime => {
            "✅ **Your authenticator app is set up.**\n\nHere are your **backup codes**. If you lose your phone, each one works once instead of a 6-digit code. Save them now (the file below, a password manager, or on paper): they will never be shown again."
        }
        Key::BackupCodesRenewed => {
            "🔑 **Your new backup codes.** Your old codes stopped working just now. Save these now: they will never be shown again."
        }
        Key::BackupCodesFileIntro => {
            "Keygate backup codes for the Discord server \"{server}\"\nEach code works once, in place of the 6-digit code from your authenticator app.\nKeep this file somewhere safe and private (a password manager, or printed on paper)."
        }
        // Verification
        Key::VerifiedAuthenticator => "✅ Verified with your authenticator app.",
        Key::VerifiedBackup => {
            "✅ Verified with a backup code. That code is now used up; {remaining} left."
        }
        Key::VerifiedBackupLow => {
            "✅ Verified with a backup code. ⚠️ Only {remaining} backup code(s) left: run `/2fa backup-codes` to make a new set."
        }
        Key::RoleGranted => "Your role has been added. Welcome in!",
        Key::RolePending => "Your role is on its way; it can take a minute to appear.",
        Key::RoleForbidden => {
            "You're verified, but I couldn't give you the {role} role: Discord refused (I'm missing the Manage Roles permission, or my role is below that role). The moderators have been told; you'll get the role once they fix it."
        }
        Key::RoleOwnerNeeds2fa => {
            "You're verified, but I can't give you the {role} role yet: this server requires two-factor authentication (2FA) for moderation, and the person who owns the Keygate bot hasn't turned on 2FA for their own Discord account. The moderators have been told; you'll get the role as soon as that's fixed."
        }
        Key::RoleGone => {
            "You're verified, but the role couldn't be added: Discord says you're no longer in this server, or the role was deleted. If you're still here, please tell a moderator."
        }
        Key::RoleFailed => {
            "You're verified, but Discord refused to add the role. The moderators have been told."
        }
        Key::RoleTimed => {
            "⏳ You have {role} until {when}. When you're done, press **End now** to give it up early."
        }
        Key::EndNowButton => "End now",
        Key::RoleEnded => "Done: {role} is being removed. Run `/verify` when you need it again.",
        Key::RoleEndNotHeld => {
            "You don't have {role} from the gate any more, so there's nothing to end."
        }
        Key::RoleNotEligible => {
            "Your code was right, but you no longer have the role that the gate for {role} needs, so I didn't give it to you. If that's a mistake, ask a moderator."
        }
        Key::RoleDangerous => {
            "Your code was right, but I didn't give you {role}: it now has powerful moderator permissions and this gate lets every member pass. The moderators have been told."
        }
        Key::RoleSuperseded => {
            "Your role wasn't added after all: a later change replaced it (a moderator removed it, or its time ended). Run `/verify` again if you still need it."
        }
        Key::Removed => {
            "Done: your authenticator and backup codes for this server are deleted, and the verified role is being removed. Run `/verify` any time to set it up again."
        }
        // Status
        Key::StatusBody => {
            "**Authenticator:** {enrollment}\n**Roles from the gate:** {verified}\n**Backup codes left:** {codes}\n**Lockout:** {lockout}\n**Last verification:** {last}"
        }
        Key::StatusEnrollmentNone => "not set up",
        Key::StatusEnrollmentPending => {
            "setup started, waiting for the first code (expires {when})"
        }
        Key::StatusEnrollmentExpired => "setup expired before it was finished",
        Key::StatusEnrollmentConfirmed => "set up {when}",
        Key::StatusYes => "yes",
        Key::StatusNo => "no",
        Key::StatusHeldUntil => "{role} until {when}",
        Key::StatusHeldReverify => "{role} (verify again before {when})",
        Key::StatusLockoutNone => "none",
        Key::StatusLockoutUntil => "locked until {when}",
        Key::StatusLockoutModerator => "locked until a moderator unlocks",
        Key::StatusNever => "never",
        // The verification panel (posted in the server's language)
        Key::PanelBody => {
            "🔐 **Verification**\nThis server asks members to prove it's really them with a code from an authenticator app before giving access. Press **Verify** to start (it takes about a minute the first time).\nNew to two-factor authentication? Press **2FA guide**."
        }
        Key::PanelVerifyButton => "Verify",
        Key::PanelGuideButton => "2FA guide",
        // Moderator replies
        Key::GateRoleProblem => "I can't use that role yet. {problem}",
        Key::GateRoleEveryone => {
            "That's the @everyone role, which every member already has. Create a role such as \"Verified\" and choose it instead."
        }
        Key::GateRoleManaged => {
            "{role} is managed by an integration (a bot or a subscription), so no one can give it by hand. Create a normal role such as \"Verified\" and choose it instead."
        }
        Key::GateRoleNoManageRoles => {
            "I don't have the **Manage Roles** permission, so I couldn't give the role. Give my role Manage Roles in Server Settings → Roles, then run `/gate setup` again."
        }
        Key::GateRoleTooHigh => {
            "{role} is above (or level with) my highest role, and Discord only lets me give roles below mine. In Server Settings → Roles, drag my role above {role}, then run `/gate setup` again."
        }
        Key::GateRoleInvokerNoManageRoles => {
            "You need the **Manage Roles** permission yourself to choose the role the gate hands out."
        }
        Key::GateRoleInvokerTooLow => {
            "{role} is above (or level with) your own highest role, so you can't hand it out yourself; neither can the gate on your behalf. Ask someone with a higher role."
        }
        Key::GateSetupDone => {
            "✅ Gate saved: {gate}.\n{settings}\nNext: post the Verify button with `/gate panel`."
        }
        Key::GateSetupMembersIntent => {
            "⚠️ Guide on join is on, but this bot was started without the Server Members intent, so it can't see members join. The bot's operator can turn it on: see the README (\"Guide on join\")."
        }
        Key::GateSetupOwnerNeeds2fa => {
            "⚠️ This server requires 2FA for moderation actions, and the account that owns Keygate's application hasn't turned on 2FA, so Discord will refuse every role Keygate gives or takes. The owner of the Keygate application must turn on 2FA (Discord: User Settings → My Account); nothing else fixes it."
        }
        Key::GateSetupLogChannelRefused => {
            "⚠️ I couldn't post in the log channel {channel}: Discord refused. Give my role **View Channel** and **Send Messages** there, then run `/gate setup` again; until then I'll try it only every 15 minutes, and log lines in between are lost."
        }
        Key::ReplyServerPaused => {
            "⏸️ Discord has refused too many of my requests in this server in the last few minutes (a channel I can't post in, or roles I can't give), so I'm holding back here for now. Fix that, then try again in about 10 minutes."
        }
        Key::GateSetupEligibleWithoutIntent => {
            "ℹ️ This bot runs without the Server Members intent, so it doesn't see roles change: someone who loses the eligible role loses this gate's role when they next run `/verify`, at the role's expiry or re-verification, or before a new grant, not at once. The bot's operator can turn the intent on (see the README)."
        }
        Key::GateLastsAndReverify => {
            "A gate can't have both `lasts` and `reverify_every`: a timed role is removed anyway when its time is up. Keep one of them (set the other to `off`), then try again."
        }
        Key::GateModeratorCodeEnrollFirst => {
            "Before you turn on `moderator_code`, set up your own authenticator app here with `/verify`: from then on, moderator commands ask for its code, and without it you'd lock yourself out."
        }
        Key::GateTooManyGates => {
            "This server already has {max} gates, the most Keygate allows. End one with `/gate drop` first, then try again."
        }
        Key::GateDropped => {
            "Done: Keygate no longer gates {role}. Members who have it keep it (a timed one is still removed at its time)."
        }
        Key::GateNotAGate => "{role} isn't gated here. `/gate config` lists this server's gates.",
        Key::GateDangerous => {
            "⚠️ {role} has powerful permissions: {permissions}. Without `eligible`, every member who sets up an authenticator app would get them. Add `eligible:` with the role that may pass (for example `eligible:@Moderator`), or remove those permissions from {role} (in its settings and in channel overrides), then try again."
        }
        Key::PermAdministrator => "Administrator",
        Key::PermManageServer => "Manage Server",
        Key::PermManageRoles => "Manage Roles",
        Key::PermManageChannels => "Manage Channels",
        Key::PermManageWebhooks => "Manage Webhooks",
        Key::PermBanMembers => "Ban Members",
        Key::PermKickMembers => "Kick Members",
        Key::PermTimeoutMembers => "Timeout Members",
        Key::PermManageMessages => "Manage Messages",
        Key::PermMentionEveryone => "Mention @everyone, @here and All Roles",
        Key::GateDurationUnreadable => {
            "I can't read `{value}` as a length of time for `{option}`. Write it like `90m`, `1h`, `12h` or `7d` (from {min} to {max}), or `off` to clear it."
        }
        Key::GateDurationOutOfRange => {
            "`{option}` must be from {min} to {max}; `{value}` is outside that. Pick a length in that range, or `off` to clear it."
        }
        Key::GateEligibleEveryone => {
            "`eligible` can't be @everyone: every member has it, so it wouldn't limit who passes the gate for {role}. Choose the role members must already have (for example @Moderator), or leave `eligible` out."
        }
        Key::GateEligibleSelf => {
            "`eligible` can't be {role} itself: only members who already have it could pass, so nobody new ever would. Choose another role (for example @Moderator for a gate on @Moderator (active))."
        }
        Key::GateEligibleOpenGate => {
            "`eligible` can't be {eligible}: every member can get it through its own gate, so it wouldn't limit who passes the gate for {role}. Choose a role that moderators give by hand (for example @Moderator)."
        }
        Key::StepUpModalTitle => "Moderator check: your code",
        Key::StepUpEnrollFirst => {
            "This server asks moderators for a code from their authenticator app before this command, and you haven't set one up here yet. Run `/verify` to set it up, then try again."
        }
        Key::StepUpExpired => {
            "That check expired (it lasts 5 minutes) or was already used. Run the command again."
        }
        Key::StepUpNotDone => {
            "The command was not carried out. Run it again when you have a fresh code."
        }
        Key::GateNone => "none",
        Key::GateOn => "on",
        Key::GateOff => "off",
        Key::GateRuleEveryone => "every member may pass",
        Key::GateRuleEligible => "only members with {role}",
        Key::GateRulePermanent => "kept for good",
        Key::GateRuleLasts => "removed {period} after each pass",
        Key::GateRuleReverify => "removed unless passed again every {period}",
        Key::GateDiscord2faNeedsWeb => {
            "`discord_2fa` needs the browser check of Discord 2FA, which isn't switched on for this bot, so no member could pass that gate. Nothing was changed. The bot's operator can switch it on: see the README (\"Confirming Discord's own 2FA in the browser\")."
        }
        Key::GateRuleDiscord2fa => "Discord 2FA confirmed within 30 days",
        Key::GateSettings => "Log channel: {log}. Guide on join: {guide}. Moderator code: {code}.",
        Key::GateSettingsDiscord2faRole => {
            "Members whose own Discord 2FA a `/2fa check` found on get {role}; a later check that finds it off takes it away."
        }
        Key::GateDiscord2faRoleIsAGate => {
            "{role} is one of this server's gates, so Keygate gives it after a code. Pick another role for members with Discord 2FA, or drop that gate first with `/gate drop`."
        }
        Key::GateRoleIsDiscord2faRole => {
            "{role} is the role Keygate gives members with Discord 2FA (`discord_2fa_role`), without a code, so it can't also be a gate. Stop that first with `/gate drop role:{role}`, or pick another role for the gate."
        }
        Key::GatePanelPosted => "✅ Posted the verification panel in {channel}.",
        Key::GatePanelForbidden => {
            "I can't post in {channel}. Give my role **View Channel** and **Send Messages** there, then try again."
        }
        Key::GateChannelNotHere => {
            "{channel} isn't in this server. Choose one of this server's channels, then try again."
        }
        Key::GateTargetThemselves => {
            "You can't do this to yourself: another moderator has to. That way, someone who steals a moderator's session can't reset or unlock that moderator's own second factor."
        }
        Key::GateTargetNotBelow => {
            "{user} has a role at or above your highest role, so you can't do this to them. Ask someone with a higher role."
        }
        Key::GateUnlocked => "🔓 {user} can try codes again.",
        Key::GateRevoked => "Removed {role} from {user}. They can verify again with `/verify`.",
        Key::GateResetDone => {
            "Reset {user}: their authenticator and backup codes are deleted and the role is being removed. {note}"
        }
        Key::GateResetTold => "They were told by DM.",
        Key::GateResetNotTold => "I couldn't DM them (their DMs are closed), so please tell them.",
        Key::GateResetDm => {
            "A moderator of **{server}** reset your two-factor setup there (reason: `{reason}`). Your old authenticator entry and backup codes no longer work. Run `/verify` in the server to set it up again."
        }
        Key::GateStats => {
            "**Enrolled members:** {enrolled}\n**Setups in progress:** {pending}\n**Verified now:** {verified}\n**Locked out now:** {locked}\n**Role changes waiting:** {waiting}"
        }
        Key::GateAuditEmpty => "The audit trail is empty.",
        Key::GateConfig => "**Gates** ({count} of {max}):\n{gates}\n{settings}",
        Key::GateConfigNoGates => "none yet (add one with `/gate setup`)",
        // The walkthrough of Discord's own two-factor authentication
        Key::GuideSentDm => "📬 I've sent you the guide in a direct message.",
        Key::GuideDmClosed => {
            "I couldn't send you a direct message because your DMs are closed for this server, so here is the guide. To allow DMs: open the server's menu (its name at the top), then **Privacy Settings** (on some versions: right-click the server icon → Privacy Settings) and turn on **Direct Messages**."
        }
        Key::GuidePageOf => "Page {page} of {total}",
        Key::GuideBackButton => "Back",
        Key::GuideNextButton => "Next",
        Key::GuideDoneButton => "Done",
        Key::GuideFinished => {
            "👍 That's the whole guide. Run `/2fa guide` any time to read it again."
        }
        Key::Guide1Title => "Why two-factor authentication matters",
        Key::Guide1Body => {
            "Your password is not enough. Stolen passwords are tried on Discord all the time, and **token-grabbing malware** (often hidden in \"free Nitro\", game cheats or fake software) copies your logged-in Discord session so the thief doesn't even need your password.\n\nTwo-factor authentication (2FA) adds a second step: a 6-digit code from an app on your phone that changes every 30 seconds. Someone with your password still can't log in without your phone.\n\nThe next pages show how to turn it on, how to keep your backup codes safe, and what to do if you lose your phone."
        }
        Key::Guide2Title => "Turn on an authenticator app (computer or browser)",
        Key::Guide2Body => {
            "1. Install an authenticator app on your phone: Google Authenticator, Microsoft Authenticator, Aegis, 2FAS, or a password manager that shows codes.\n2. In Discord, open **User Settings** (the gear next to your name) → **My Account**.\n3. Press **Enable Authenticator App**. Your email must be verified first.\n4. Enter your Discord password, then scan the QR code with your app (or type the key shown under it).\n5. Type the 6-digit code the app shows. Done: 2FA is on."
        }
        Key::Guide3Title => "Turn on an authenticator app (phone)",
        Key::Guide3Body => {
            "1. Install an authenticator app (see the previous page).\n2. In the Discord app, tap your profile picture, then the gear (**Settings**) → **Account**.\n3. Tap **Enable Authenticator App** and enter your password.\n4. On the same phone you can't scan your own screen: copy the **key** Discord shows and paste it into your authenticator app (\"enter a setup key\").\n5. Go back to Discord and type the 6-digit code the app shows."
        }
        Key::Guide4Title => "SMS as a backup",
        Key::Guide4Body => {
            "Once the authenticator app is on, you can add your phone number as a backup: **User Settings → My Account → Enable SMS**. Discord can then text you a code if you don't have the app at hand.\n\nSMS is weaker than an app (phone numbers can be stolen with a \"SIM swap\"), so keep the app as your main method and treat SMS as a spare."
        }
        Key::Guide5Title => "Security keys and passkeys",
        Key::Guide5Body => {
            "A **security key** (a small USB or NFC key such as a YubiKey) or a **passkey** (stored in your phone or computer and unlocked with your fingerprint, face or PIN) can also be your second step, and they can't be phished.\n\nAdd one under **User Settings → My Account → Security Keys**. Keep your authenticator app and backup codes too, in case the key is lost."
        }
        Key::Guide6Title => "Save Discord's backup codes",
        Key::Guide6Body => {
            "Backup codes let you log in if you lose your phone. Each is 8 characters, shown as `XXXX-XXXX`.\n\n1. Open **User Settings → My Account → View Backup Codes**.\n2. Enter your password, then the verification key Discord emails you.\n3. Save the codes: print them, or keep them in a password manager.\n\n⚠️ If you download them, the file is called `discord_backup_codes.txt`. Token-stealing malware looks for exactly that file name, so **move it out of your Downloads folder** (or print it and delete it).\n\n**Generate new codes** makes a fresh set; the old ones stop working at once."
        }
        Key::Guide7Title => "Logging in with a backup code",
        Key::Guide7Body => {
            "Lost your phone? Log in as usual with your email and password. When Discord asks for the 6-digit code, choose **Verify with something else**, then **Use a backup code**, and type one of your saved codes.\n\nOnce you're in, set up 2FA on your new phone and generate new backup codes."
        }
        Key::Guide8Title => "Questions",
        Key::Guide8Body => {
            "**Can I reuse a backup code?** No. Each code works once; cross it off after using it.\n\n**How many do I have?** Open **View Backup Codes** to see your set and which ones you've used. When you're running low, press **Generate new codes**.\n\n**I used them all.** If you're still logged in somewhere, open View Backup Codes and generate a new set right away.\n\n**I lost my phone and my codes.** Discord Support can't remove 2FA for you in that case, and the account can't be recovered. That's why saving your backup codes somewhere safe matters so much."
        }
        Key::Guide9Title => "This server's own verification",
        Key::Guide9Body => {
            "Discord's 2FA protects your **login**. But if malware steals your logged-in session, the thief is already past the login.\n\nThat's why this server has its own gate: `/verify` asks for a code from an authenticator app on your phone before giving you access. Someone holding a stolen session still can't produce that code.\n\nIt's a **separate entry** in your authenticator app, set up with this server's QR code, with its own backup codes. It doesn't replace Discord's 2FA: use both."
        }
        // On join (sent in the server's language)
        Key::JoinDm => {
            "👋 Welcome to **{server}**! Keeping your Discord account safe keeps this community safe too. Here's a short guide to turning on two-factor authentication."
        }
        Key::ReverifyReminderDm => {
            "🔁 Hi! In {server}, a fresh check with your authenticator app is due for {role}. Run `/verify` in that server before {when}; otherwise Keygate removes it (you can get it back any time by verifying). This message has no link on purpose: never type a code anywhere else."
        }
        // Slash commands: names (where a language has its own) and descriptions
        // The browser check of Discord's own 2FA
        Key::Check2faLink => {
            "Press the button to sign in with Discord in your browser. Discord then tells Keygate one thing: whether your account has two-factor authentication (2FA) turned on. Keygate keeps no login and reads nothing else.\n\nThe link works once, for 10 minutes, and only for you: don't share it."
        }
        Key::Check2faButton => "Check my Discord 2FA",
        Key::Check2faUnavailable => {
            "Checking Discord 2FA in the browser isn't switched on for this bot. You can still turn 2FA on with the steps in `/2fa guide`."
        }
        Key::WebOnTitle => "Discord 2FA is on",
        Key::WebOnBody => {
            "Your Discord account has two-factor authentication turned on. Keygate has noted it, and you're all set.\n\nYou can close this page and go back to Discord."
        }
        Key::WebCheckedAccount => "Checked for the Discord account **{name}**.",
        Key::WebRoleComing => {
            "The server gives members with Discord 2FA a role of their own: you'll have it in a moment."
        }
        Key::WebOffTitle => "Discord 2FA is off",
        Key::WebOffBody => {
            "Your Discord account doesn't have two-factor authentication (2FA) turned on yet. Anyone who gets your password or your logged-in session could take over your account.\n\nHere is how to turn it on. When you're done, press **Check again**."
        }
        Key::WebCheckAgainButton => "Check again",
        Key::WebCancelledTitle => "Nothing was checked",
        Key::WebCancelledBody => {
            "You cancelled on Discord's page, so Keygate checked and recorded nothing.\n\nWhen you want to try again, press the button below (it works for 10 minutes after you asked for it)."
        }
        Key::WebInvalidTitle => "This link doesn't work",
        Key::WebInvalidBody => {
            "This check link isn't one Keygate made, or part of it got lost when it was copied. Nothing was checked.\n\nIn Discord, run `/2fa check` for a new link."
        }
        Key::WebExpiredTitle => "This link has expired",
        Key::WebExpiredBody => {
            "Check links work for 10 minutes, to keep them from being used by someone else. Nothing was checked.\n\nIn Discord, run `/2fa check` for a new link."
        }
        Key::WebSpentTitle => "This link was already used",
        Key::WebSpentBody => {
            "Each check link works once. The check it started is already done.\n\nIn Discord, run `/2fa check` for a new link if you want to check again."
        }
        Key::WebOtherAccountTitle => "That was a different Discord account",
        Key::WebOtherAccountBody => {
            "This link was made for another Discord account than the one that signed in, so nothing was recorded.\n\nSign in to Discord in this browser with the account you use on the server, then run `/2fa check` there again."
        }
        Key::WebDiscordFailedTitle => "Discord didn't confirm the sign-in",
        Key::WebDiscordFailedBody => {
            "Discord didn't answer Keygate as expected, so nothing was recorded. This is usually brief.\n\nPlease wait a minute, then run `/2fa check` in Discord for a new link."
        }
        Key::WebDatabaseDownTitle => "Keygate couldn't save the result",
        Key::WebDatabaseDownBody => {
            "Keygate can't reach its database right now, so nothing was recorded.\n\nPlease wait a minute, then run `/2fa check` in Discord for a new link."
        }
        Key::WebUnavailableTitle => "Checking Discord 2FA is switched off",
        Key::WebUnavailableBody => "This Keygate isn't set up to check Discord 2FA in the browser.",
        Key::WebNotFoundTitle => "Page not found",
        Key::WebNotFoundBody => {
            "There is nothing here. Keygate's links come from the bot in Discord."
        }
        Key::WebBusyTitle => "Too many at once",
        Key::WebBusyBody => {
            "Many members are checking at the same moment, so Keygate couldn't take yours yet. Nothing was checked.\n\nPlease wait a few seconds, then reload this page."
        }
        Key::CommandVerifyName => "verify",
        Key::CommandVerifyDescription => "Verify with your authenticator app, or set one up",
        Key::Command2faDescription => {
            "Two-factor authentication: your status, backup codes, and Discord's own 2FA"
        }
        Key::Command2faGuideName => "guide",
        Key::Command2faGuideDescription => "How to turn on Discord's own two-factor authentication",
        Key::Command2faStatusName => "status",
        Key::Command2faStatusDescription => {
            "Your enrollment, verification, backup codes left and lockout in this server"
        }
        Key::Command2faBackupCodesName => "backup-codes",
        Key::Command2faBackupCodesDescription => {
            "Make a new set of backup codes (needs a code from your authenticator app)"
        }
        Key::Command2faRemoveName => "remove",
        Key::Command2faRemoveDescription => {
            "Delete your authenticator and backup codes for this server (needs a code)"
        }
        Key::Command2faCheckName => "check",
        Key::Command2faCheckDescription => {
            "Confirm in your browser that your Discord account has 2FA turned on"
        }
        Key::CommandGateDescription => "Moderators: set up and run the verification gate",
        Key::CommandGateSetupDescription => {
            "Add or change a gate (a role given after a code) and Keygate's settings"
        }
        Key::CommandGateDropDescription => "Stop gating a role (members who have it keep it)",
        Key::CommandGatePanelDescription => {
            "Post the verification panel (Verify and 2FA guide buttons) in a channel"
        }
        Key::CommandGateStatusDescription => {
            "A member's enrollment, verification, backup codes left and lockout"
        }
        Key::CommandGateUnlockDescription => "Clear a member's lockout",
        Key::CommandGateRevokeDescription => {
            "Remove the verified role from a member (they keep their authenticator and can verify again)"
        }
        Key::CommandGateResetDescription => {
            "Reset a member who lost their phone: deletes their authenticator and backup codes"
        }
        Key::CommandGateStatsDescription => "Counts: enrolled, verified, locked out",
        Key::CommandGateAuditDescription => {
            "The latest entries of the audit trail, for everyone or one member"
        }
        Key::CommandGateConfigDescription => "Show the gate's settings in this server",
        // Members' whole life at the gate: one-time codes, two-person approval, the unverified, stats
        Key::VerifiedBypass => {
            "✅ Code accepted: you passed the gate with the one-time code a moderator gave you. That code is used up now, and your old authenticator setup was deleted. Run `/verify` again soon to set up your authenticator app on your new phone: you'll need it the next time."
        }
        Key::ReplyBypassExpired => {
            "That one-time code has expired (they last 24 hours). Ask a moderator for a new one."
        }
        Key::GateBypassIssued => {
            "🔑 One-time code for {user}:\n`{code}`\n\nIt works once, until {when}, in place of a code from their app: they run `/verify` and type it in the box. Give it to them somewhere you trust, never in a public channel. Afterwards they set up their authenticator app again. This is the only time the code is shown."
        }
        Key::GateBypassNotEnrolled => {
            "{user} has no authenticator app set up here, so they don't need a one-time code: they can run `/verify` and set up their new phone right away."
        }
        Key::GateTwoPersonOwnerOnly => {
            "Only the server's owner can turn off two-person approval or move the log channel while it's on, so one moderator's account alone can't undo it. Nothing was changed."
        }
        Key::GateAuditActor => " by {user}",
        Key::GateAuditSubject => " for {user}",
        Key::GateTwoPersonNeedsLog => {
            "Two-person approval posts each request in the log channel, and this server has none yet. Add `log_channel:` to the same `/gate setup`, then try again. Nothing was changed."
        }
        Key::GateApprovalRequested => {
            "⏳ Your request is waiting for a second moderator: it's in {channel} with *Approve* and *Deny* buttons, and expires {when}. You can't approve it yourself."
        }
        Key::GateApprovalNotPosted => {
            "I couldn't post the request in the log channel {channel}, so nothing was asked or changed. Give my role **View Channel** and **Send Messages** there, then try again."
        }
        Key::ApproveButton => "Approve",
        Key::DenyButton => "Deny",
        Key::ApprovalOwnRequest => {
            "You asked for this yourself, so another moderator has to decide. That's the point of two-person approval: one stolen moderator account alone can't do it."
        }
        Key::ApprovalExpired => {
            "This request has expired (requests last 24 hours). If it's still needed, run the command again."
        }
        Key::ApprovalAlreadyDecided => "This request was already decided.",
        Key::ApprovalDenied => "🚫 Denied: nothing was changed for {user}.",
        Key::ApprovalNoteApproved => "✅ Approved by {moderator}.",
        Key::ApprovalNoteDenied => "🚫 Denied by {moderator}.",
        Key::ApprovalNoteExpired => "⌛ Expired without a decision.",
        Key::GateKickNeedsYourPermission => {
            "To have me remove members who don't verify, you need the **Kick Members** permission yourself. Ask the server's owner or an admin. Nothing was changed."
        }
        Key::GateKickNeedsPermission => {
            "To remove members who don't verify, I need the **Kick Members** permission. Give it to my role in Server Settings → Roles, then run `/gate setup` again. Nothing was changed."
        }
        Key::GateKickBeforeRemind => {
            "`kick_after` ({kick}) must be later than `remind_after` ({remind}), so that members get their reminder first. Nothing was changed."
        }
        Key::GateUnverifiedNeedsIntent => {
            "Reminding or removing members who haven't verified needs Discord's **Server Members** intent, which this bot doesn't have, so Keygate never hears who joins. Nothing was changed. The bot's operator can turn it on in the Developer Portal (Bot → Privileged Gateway Intents) and restart Keygate."
        }
        Key::GateSettingsUnverified => {
            "New members who haven't passed the first gate: reminded by DM after {remind}, removed after {kick}."
        }
        Key::GateSettingsTwoPerson => {
            "Two-person approval for `/gate reset` and `/gate bypass`: {on}."
        }
        Key::JoinReminderDm => {
            "👋 Hi! You joined {server} {joined} and haven't verified there yet. To get in, run `/verify` in the server and follow the steps; it takes about a minute.{kick}"
        }
        Key::JoinReminderKickNote => {
            " If you don't, you'll be removed from the server {when}. You can join again later."
        }
        Key::KickAuditReason => {
            "Keygate: didn't pass the verification gate within {after} of joining"
        }
        Key::StatsWaiting => "**Joined and not verified yet:** {waiting}",
        Key::StatsChartHeading => {
            "**Last 30 days** (per day: ✅ verifications, ❌ failures, 🔒 lockouts, ⚠️ replays). Only days with activity are listed; the chart shows all 30."
        }
        Key::StatsChartNone => "**Last 30 days:** no verifications, failures, lockouts or replays.",
        Key::StatsChartTitle => "Keygate, last 30 days",
        Key::StatsChartVerifications => "Verifications",
        Key::StatsChartFailures => "Failures",
        Key::StatsChartLockouts => "Lockouts",
        Key::StatsChartReplays => "Replays",
        // Log channel lines (in the server's language). Mentions render as names: the post pings nobody
        Key::LogEnrollmentStarted => "🆕 {user} started setting up an authenticator app.",
        Key::LogEnrolled => {
            "✅ {user} set up an authenticator app and passed the gate for {role}{until}."
        }
        Key::LogModeratorEnrolled => {
            "🚨 {user}, who can use `/gate`, set up a new authenticator app and passed the gate for {role}{until}. While moderator codes are on, codes from this app now pass moderator checks. If that wasn't them, their account may be stolen: another moderator should run `/gate reset` on them."
        }
        Key::LogVerifiedAuthenticator => {
            "✅ {user} passed the gate for {role}{until} with their authenticator app."
        }
        Key::LogVerifiedBackup => {
            "✅ {user} passed the gate for {role}{until} with a backup code ({remaining} left)."
        }
        Key::LogVerifiedBypass => {
            "✅ {user} passed the gate for {role}{until} with a moderator's one-time code. Their old authenticator setup was deleted; they set up a new one next time."
        }
        Key::LogUntil => " until {when}",
        Key::LogNewBackupCodes => "🔑 {user} made a new set of backup codes.",
        Key::LogRemovedThemselves => "🗑️ {user} removed their authenticator from the gate.",
        Key::LogReplayed => {
            "⚠️ {user} submitted a code that was already used (possible replay). The code was refused.{lock}"
        }
        Key::LogTooManyWrong => "🔒 {user} entered too many wrong codes.{lock}",
        Key::LogNotACode => "❌ {user} entered something that isn't a code.",
        Key::LogWrongCode => "❌ {user} entered a wrong code.",
        Key::LogLockedUntil => " Locked until {when}.",
        Key::LogLockedUntilUnlocked => " Locked until a moderator runs `/gate unlock`.",
        Key::LogConfiguredGate => "⚙️ {moderator} set up the gate for {role} ({rules}).",
        Key::LogConfiguredSettings => "⚙️ {moderator} changed the settings.",
        Key::LogConfiguredDetails => " Log channel {log}; moderator code {code}.",
        Key::LogGateDropped => {
            "⚙️ {moderator} ended the gate for {role}. Members who have it keep it (timed ones until their time)."
        }
        Key::LogPanelPosted => "⚙️ {moderator} posted the verification panel in {channel}.",
        Key::LogUnlocked => "🔓 {moderator} unlocked {user}.",
        Key::LogRevoked => "⛔ {moderator} removed {role} from {user}.",
        Key::LogEndedExpired => "⌛ {user}'s time with {role} ended; the role was removed.",
        Key::LogEndedEarly => "⌛ {user} ended their time with {role} early.",
        Key::LogEligibilityLost => {
            "🚪 {user} no longer has {needs}, so {role} (which needs it) is being removed."
        }
        Key::LogReverification => {
            "🔁 Re-verification: reminded {reminded} member(s) by DM ({closed} more have closed DMs, {left} left the server); removed {removed} role(s) from members who didn't verify again in time."
        }
        Key::LogReset => "♻️ {moderator} reset {user}'s two-factor setup. Reason: `{reason}`",
        Key::LogApprovedBy => " Approved by {approver}.",
        Key::LogBypassIssued => {
            "🔑 {moderator} gave {user} a one-time code for a lost phone (valid until {when})."
        }
        Key::LogApprovalReset => {
            "🧑‍⚖️ {moderator} asks to reset {user}'s two-factor setup (reason: `{reason}`). Another moderator must approve; the request expires {when}."
        }
        Key::LogApprovalBypass => {
            "🧑‍⚖️ {moderator} asks for a one-time code for {user}, who lost their phone. Another moderator must approve; the request expires {when}."
        }
        Key::LogApprovalDenied => {
            "🚫 {approver} denied {moderator}'s request for {user}. Nothing was changed."
        }
        Key::LogRoleNotEligible => {
            "🚪 I didn't give {role} to {user}: they no longer have {needs}, which its gate needs."
        }
        Key::LogRoleDangerous => {
            "⚠️ I didn't give {role} to {user}: the role now has powerful permissions ({permissions}) and its gate lets every member pass. Add `eligible:` with `/gate setup`, or remove those permissions from the role."
        }
        Key::LogRoleGrantFailed => "⚠️ I couldn't give {role} to {user}: {why}",
        Key::LogRoleRemoveFailed => "⚠️ I couldn't remove {role} from {user}: {why}",
        Key::LogDiscordGone => {
            "Discord answered 404 (the member left the server, or the role was deleted)."
        }
        Key::LogDiscordFailed => "Discord answered {status}.",
        Key::LogOwnerNeeds2faGrant => {
            "Discord answered 403 (code 60003): this server requires 2FA for moderation actions, and the account that owns Keygate's application has not turned on 2FA. To fix it: **the owner of the Keygate application must turn on 2FA** (Discord: User Settings → My Account). The member gets the role once it is on."
        }
        Key::LogOwnerNeeds2faRemove => {
            "Discord answered 403 (code 60003): this server requires 2FA for moderation actions, and the account that owns Keygate's application has not turned on 2FA. To fix it: **the owner of the Keygate application must turn on 2FA** (Discord: User Settings → My Account). Until then the member keeps the role; it goes once 2FA is on."
        }
        Key::LogForbidden => {
            "Discord answered 403 (forbidden). To fix it: give my role the **Manage Roles** permission, and drag my role **above** {role} in Server Settings → Roles. Then the member can run `/verify` again."
        }
        Key::LogGuideOnJoin => {
            "📬 Guide on join: sent the 2FA guide to {sent} new member(s). Not sent: {closed} with closed DMs, {recent} who got it in the last 30 days, {bots} bot(s), {capped} over the limit of {per_window} per {window} s."
        }
        Key::LogUnverified => {
            "⏳ New members who haven't verified: reminded {reminded} by DM ({closed} with closed DMs); removed {kicked}; {exempt} exempt (bots, the owner, members with a role given after joining or above my role); {waiting} still waiting. At most {per_pass} are removed per minute; the rest wait their turn."
        }
        Key::LogKickRefused => {
            "⚠️ I couldn't remove a member who didn't verify: Discord refused (403). Give my role the **Kick Members** permission and drag it above the members' roles, or turn removal off with `/gate setup kick_after:off`."
        }
        Key::LogTwoPersonOn => " Two-person approval {on}.",
        Key::LogUnverifiedSettings => {
            " Unverified members: reminder after {remind}, removal after {kick}."
        }
        // Slash commands: the moderator commands' names, and every option's description
        Key::CommandGateSetupName => "setup",
        Key::CommandGateDropName => "drop",
        Key::CommandGatePanelName => "panel",
        Key::CommandGateStatusName => "status",
        Key::CommandGateUnlockName => "unlock",
        Key::CommandGateRevokeName => "revoke",
        Key::CommandGateResetName => "reset",
        Key::CommandGateBypassName => "bypass",
        Key::CommandGateStatsName => "stats",
        Key::CommandGateAuditName => "audit",
        Key::CommandGateConfigName => "config",
        Key::CommandGateBypassDescription => {
            "A one-time code for a member who lost their phone (works once in 24 h)"
        }
        Key::OptionVerifyRole => {
            "The role to verify for (default: you choose from the roles you can get)"
        }
        Key::OptionSetupRole => "The role Keygate gives after a valid code",
        Key::OptionSetupEligible => {
            "Only members who already have this role may pass (for example @Moderator)"
        }
        Key::OptionSetupLasts => {
            "Remove the role this long after each pass, like 1h or 7d (1m to 30d; off clears)"
        }
        Key::OptionSetupReverifyEvery => {
            "Remove the role unless passed again this often, like 30d (1d to 365d; off clears)"
        }
        Key::OptionSetupDiscord2fa => {
            "Only members who confirmed their own Discord 2FA (/2fa check, within 30 days) may pass"
        }
        Key::OptionSetupDiscord2faRole => {
            "A role Keygate gives members whose own Discord 2FA /2fa check found on (not a gate)"
        }
        Key::OptionSetupLogChannel => {
            "A channel for Keygate's log of verifications and moderator actions"
        }
        Key::OptionSetupGuideOnJoin => "Send new members the guide to Discord's own 2FA",
        Key::OptionSetupModeratorCode => {
            "Ask moderators for an authenticator code before setup, drop, unlock, revoke, reset"
        }
        Key::OptionSetupRemindAfter => {
            "DM new members who haven't verified after this long, like 1d (1m to 30d; off clears)"
        }
        Key::OptionSetupKickAfter => {
            "Remove new members who haven't verified after this long, like 7d (1m to 30d; off clears)"
        }
        Key::OptionSetupTwoPersonReset => {
            "reset and bypass need a second moderator's approval in the log channel"
        }
        Key::OptionDropRole => "The role to stop gating (members who have it keep it)",
        Key::OptionPanelChannel => "Where to post it (default: this channel)",
        Key::OptionPanelRole => "The gate its Verify button is for (default: the member picks)",
        Key::OptionMember => "The member",
        Key::OptionRevokeUser => {
            "The member whose gated roles to remove (they keep their authenticator app)"
        }
        Key::OptionRevokeRole => "Only this gated role (default: every gated role they have)",
        Key::OptionResetReason => "Why (kept in the audit log)",
        Key::OptionAuditUser => "Only this member",
    }
}
