//! English: the reference catalogue. Every other language has exactly these keys.
//! Placeholders in braces (`{when}`) are filled in by the bot; keep them in translations.
//! Discord renders `<t:…>` timestamps in the reader's own time zone and language.

pub const TABLE: &[(&str, &str)] = &[
    // Errors and refusals
    (
        "reply.something_went_wrong",
        "Something went wrong on our side. Please try again in a moment; if it keeps happening, tell a moderator.",
    ),
    (
        "reply.database_down",
        "Keygate can't reach its database right now. Please try again shortly.",
    ),
    (
        "reply.not_configured",
        "This server hasn't set up its verification gate yet. A moderator can do it with `/gate setup`.",
    ),
    (
        "reply.not_enrolled",
        "You haven't set up an authenticator app with this server yet. Run `/verify` to start.",
    ),
    (
        "reply.already_enrolled",
        "You already have an authenticator app set up here. Run `/verify` and enter the 6-digit code it shows.",
    ),
    (
        "reply.enrollment_expired",
        "That setup took longer than 15 minutes, so it expired for your safety. Run `/verify` to start again with a fresh QR code.",
    ),
    (
        "reply.needs_authenticator",
        "For this, please use the 6-digit code from your authenticator app, not a backup code.",
    ),
    (
        "reply.not_a_code",
        "That isn't a valid code. Enter the 6 digits your authenticator app shows right now (for example `123456`), or one of your backup codes (like `1ABC-DEFG-HJKM-NPQR`).",
    ),
    (
        "reply.wrong_code",
        "That code didn't match. Check that you're reading the entry for this server in your authenticator app, and type the code it shows right now.",
    ),
    (
        "reply.replayed",
        "That code was already used, so it can't be used again. Wait for your app to show a new code (they change every 30 seconds). If you didn't use it yourself, tell a moderator: someone may have seen it.",
    ),
    (
        "reply.locked_until",
        "Too many wrong codes. For your safety, verification is paused until {when}. Try again then.",
    ),
    (
        "reply.locked_until_unlocked",
        "Too many wrong codes: verification is locked for your account here until a moderator unlocks it.",
    ),
    (
        "reply.guild_only",
        "Keygate works inside a server. Run this command there.",
    ),
    (
        "reply.stale_form",
        "This form is out of date. Please run the command again.",
    ),
    (
        "reply.only_moderators",
        "Only moderators can use `/gate` (it needs the **Manage Server** permission).",
    ),
    (
        "reply.not_verified",
        "That member isn't verified right now.",
    ),
    ("reply.not_locked", "That member isn't locked out."),
    // Enrollment
    (
        "enroll.instructions",
        "**Set up your authenticator app** (only you can see this message)\n1. Install an authenticator app on your phone if you don't have one: Google Authenticator, Microsoft Authenticator, Aegis, 2FAS or a password manager that supports codes.\n2. In the app, tap **+** and scan the QR code below. No camera? Choose \"enter a setup key\" and type:\n`{key}`\n3. The app now shows a 6-digit code that changes every 30 seconds. Press **Enter code** and type it.\n\nThis setup expires {expires}. Never share this QR code or key: anyone who has it can make your codes.",
    ),
    ("enroll.enter_code.button", "Enter code"),
    ("confirm.modal_title", "Confirm your authenticator app"),
    ("verify.modal_title", "Verify it's you"),
    ("backup_codes.modal_title", "New backup codes"),
    ("remove.modal_title", "Remove your authenticator"),
    ("code.input_label", "6-digit code from your app"),
    (
        "code_or_backup.input_label",
        "Code from your app, or a backup code",
    ),
    (
        "backup_codes.first_time",
        "✅ **Your authenticator app is set up.**\n\nHere are your **backup codes**. If you lose your phone, each one works once instead of a 6-digit code. Save them now (the file below, a password manager, or on paper): they will never be shown again.",
    ),
    (
        "backup_codes.renewed",
        "🔑 **Your new backup codes.** Your old codes stopped working just now. Save these now: they will never be shown again.",
    ),
    (
        "backup_codes.file_intro",
        "Keygate backup codes for the Discord server \"{server}\"\nEach code works once, in place of the 6-digit code from your authenticator app.\nKeep this file somewhere safe and private (a password manager, or printed on paper).",
    ),
    // Verification
    (
        "verified.authenticator",
        "✅ Verified with your authenticator app.",
    ),
    (
        "verified.backup",
        "✅ Verified with a backup code. That code is now used up; {remaining} left.",
    ),
    (
        "verified.backup_low",
        "✅ Verified with a backup code. ⚠️ Only {remaining} backup code(s) left: run `/2fa backup-codes` to make a new set.",
    ),
    ("role.granted", "Your role has been added. Welcome in!"),
    (
        "role.pending",
        "Your role is on its way; it can take a minute to appear.",
    ),
    (
        "role.forbidden",
        "You're verified, but I couldn't give you the {role} role: Discord refused (I'm missing the Manage Roles permission, or my role is below that role). The moderators have been told; you'll get the role once they fix it.",
    ),
    (
        "removed",
        "Done: your authenticator and backup codes for this server are deleted, and the verified role is being removed. Run `/verify` any time to set it up again.",
    ),
    // Status
    (
        "status.body",
        "**Authenticator:** {enrollment}\n**Verified:** {verified}\n**Backup codes left:** {codes}\n**Lockout:** {lockout}\n**Last verification:** {last}",
    ),
    ("status.enrollment.none", "not set up"),
    (
        "status.enrollment.pending",
        "setup started, waiting for the first code (expires {when})",
    ),
    (
        "status.enrollment.expired",
        "setup expired before it was finished",
    ),
    ("status.enrollment.confirmed", "set up {when}"),
    ("status.yes", "yes"),
    ("status.no", "no"),
    ("status.lockout.none", "none"),
    ("status.lockout.until", "locked until {when}"),
    (
        "status.lockout.moderator",
        "locked until a moderator unlocks",
    ),
    ("status.never", "never"),
    // The verification panel (posted in the server's language)
    (
        "panel.body",
        "🔐 **Verification**\nThis server asks members to prove it's really them with a code from an authenticator app before giving access. Press **Verify** to start (it takes about a minute the first time).\nNew to two-factor authentication? Press **2FA guide**.",
    ),
    ("panel.verify.button", "Verify"),
    ("panel.guide.button", "2FA guide"),
    // Moderator replies
    ("gate.role_problem", "I can't use that role yet. {problem}"),
    (
        "gate.role.everyone",
        "That's the @everyone role, which every member already has. Create a role such as \"Verified\" and choose it instead.",
    ),
    (
        "gate.role.managed",
        "{role} is managed by an integration (a bot or a subscription), so no one can give it by hand. Create a normal role such as \"Verified\" and choose it instead.",
    ),
    (
        "gate.role.no_manage_roles",
        "I don't have the **Manage Roles** permission, so I couldn't give the role. Give my role Manage Roles in Server Settings → Roles, then run `/gate setup` again.",
    ),
    (
        "gate.role.too_high",
        "{role} is above (or level with) my highest role, and Discord only lets me give roles below mine. In Server Settings → Roles, drag my role above {role}, then run `/gate setup` again.",
    ),
    (
        "gate.role.invoker_no_manage_roles",
        "You need the **Manage Roles** permission yourself to choose the role the gate hands out.",
    ),
    (
        "gate.role.invoker_too_low",
        "{role} is above (or level with) your own highest role, so you can't hand it out yourself; neither can the gate on your behalf. Ask someone with a higher role.",
    ),
    (
        "gate.setup_done",
        "✅ The gate is set up. Members who pass verification get {role}. Log channel: {log}. Guide on join: {guide}.\nNext: post the Verify button with `/gate panel`.",
    ),
    (
        "gate.setup_members_intent",
        "⚠️ Guide on join is on, but this bot was started without the Server Members intent, so it can't see members join. The bot's operator can turn it on: see the README (\"Guide on join\").",
    ),
    ("gate.none", "none"),
    ("gate.on", "on"),
    ("gate.off", "off"),
    (
        "gate.panel_posted",
        "✅ Posted the verification panel in {channel}.",
    ),
    (
        "gate.panel_forbidden",
        "I can't post in {channel}. Give my role **View Channel** and **Send Messages** there, then try again.",
    ),
    ("gate.unlocked", "🔓 {user} can try codes again."),
    (
        "gate.revoked",
        "Removed {role} from {user}. They can verify again with `/verify`.",
    ),
    (
        "gate.reset_done",
        "Reset {user}: their authenticator and backup codes are deleted and the role is being removed. {note}",
    ),
    ("gate.reset_told", "They were told by DM."),
    (
        "gate.reset_not_told",
        "I couldn't DM them (their DMs are closed), so please tell them.",
    ),
    (
        "gate.reset_dm",
        "A moderator of **{server}** reset your two-factor setup there (reason: {reason}). Your old authenticator entry and backup codes no longer work. Run `/verify` in the server to set it up again.",
    ),
    (
        "gate.stats",
        "**Enrolled members:** {enrolled}\n**Setups in progress:** {pending}\n**Verified now:** {verified}\n**Locked out now:** {locked}\n**Role changes waiting:** {waiting}",
    ),
    ("gate.audit_empty", "The audit trail is empty."),
    (
        "gate.config",
        "**Gated role:** {role}\n**Log channel:** {log}\n**Guide on join:** {guide}",
    ),
    ("gate.config_no_role", "not set (run `/gate setup`)"),
    // The walkthrough of Discord's own two-factor authentication
    (
        "guide.sent_dm",
        "📬 I've sent you the guide in a direct message.",
    ),
    (
        "guide.dm_closed",
        "I couldn't send you a direct message because your DMs are closed for this server, so here is the guide. To allow DMs: open the server's menu (its name at the top), then **Privacy Settings** (on some versions: right-click the server icon → Privacy Settings) and turn on **Direct Messages**.",
    ),
    ("guide.page_of", "Page {page} of {total}"),
    ("guide.back.button", "Back"),
    ("guide.next.button", "Next"),
    ("guide.done.button", "Done"),
    (
        "guide.finished",
        "👍 That's the whole guide. Run `/2fa guide` any time to read it again.",
    ),
    ("guide.1.title", "Why two-factor authentication matters"),
    (
        "guide.1.body",
        "Your password is not enough. Stolen passwords are tried on Discord all the time, and **token-grabbing malware** (often hidden in \"free Nitro\", game cheats or fake software) copies your logged-in Discord session so the thief doesn't even need your password.\n\nTwo-factor authentication (2FA) adds a second step: a 6-digit code from an app on your phone that changes every 30 seconds. Someone with your password still can't log in without your phone.\n\nThe next pages show how to turn it on, how to keep your backup codes safe, and what to do if you lose your phone.",
    ),
    (
        "guide.2.title",
        "Turn on an authenticator app (computer or browser)",
    ),
    (
        "guide.2.body",
        "1. Install an authenticator app on your phone: Google Authenticator, Microsoft Authenticator, Aegis, 2FAS, or a password manager that shows codes.\n2. In Discord, open **User Settings** (the gear next to your name) → **My Account**.\n3. Press **Enable Authenticator App**. Your email must be verified first.\n4. Enter your Discord password, then scan the QR code with your app (or type the key shown under it).\n5. Type the 6-digit code the app shows. Done: 2FA is on.",
    ),
    ("guide.3.title", "Turn on an authenticator app (phone)"),
    (
        "guide.3.body",
        "1. Install an authenticator app (see the previous page).\n2. In the Discord app, tap your profile picture, then the gear (**Settings**) → **Account**.\n3. Tap **Enable Authenticator App** and enter your password.\n4. On the same phone you can't scan your own screen: copy the **key** Discord shows and paste it into your authenticator app (\"enter a setup key\").\n5. Go back to Discord and type the 6-digit code the app shows.",
    ),
    ("guide.4.title", "SMS as a backup"),
    (
        "guide.4.body",
        "Once the authenticator app is on, you can add your phone number as a backup: **User Settings → My Account → Enable SMS**. Discord can then text you a code if you don't have the app at hand.\n\nSMS is weaker than an app (phone numbers can be stolen with a \"SIM swap\"), so keep the app as your main method and treat SMS as a spare.",
    ),
    ("guide.5.title", "Security keys and passkeys"),
    (
        "guide.5.body",
        "A **security key** (a small USB or NFC key such as a YubiKey) or a **passkey** (stored in your phone or computer and unlocked with your fingerprint, face or PIN) can also be your second step, and they can't be phished.\n\nAdd one under **User Settings → My Account → Security Keys**. Keep your authenticator app and backup codes too, in case the key is lost.",
    ),
    ("guide.6.title", "Save Discord's backup codes"),
    (
        "guide.6.body",
        "Backup codes let you log in if you lose your phone. Each is 8 characters, shown as `XXXX-XXXX`.\n\n1. Open **User Settings → My Account → View Backup Codes**.\n2. Enter your password, then the verification key Discord emails you.\n3. Save the codes: print them, or keep them in a password manager.\n\n⚠️ If you download them, the file is called `discord_backup_codes.txt`. Token-stealing malware looks for exactly that file name, so **move it out of your Downloads folder** (or print it and delete it).\n\n**Generate new codes** makes a fresh set; the old ones stop working at once.",
    ),
    ("guide.7.title", "Logging in with a backup code"),
    (
        "guide.7.body",
        "Lost your phone? Log in as usual with your email and password. When Discord asks for the 6-digit code, choose **Verify with something else**, then **Use a backup code**, and type one of your saved codes.\n\nOnce you're in, set up 2FA on your new phone and generate new backup codes.",
    ),
    ("guide.8.title", "Questions"),
    (
        "guide.8.body",
        "**Can I reuse a backup code?** No. Each code works once; cross it off after using it.\n\n**How many do I have?** Open **View Backup Codes** to see your set and which ones you've used. When you're running low, press **Generate new codes**.\n\n**I used them all.** If you're still logged in somewhere, open View Backup Codes and generate a new set right away.\n\n**I lost my phone and my codes.** Discord Support can't remove 2FA for you in that case, and the account can't be recovered. That's why saving your backup codes somewhere safe matters so much.",
    ),
    ("guide.9.title", "This server's own verification"),
    (
        "guide.9.body",
        "Discord's 2FA protects your **login**. But if malware steals your logged-in session, the thief is already past the login.\n\nThat's why this server has its own gate: `/verify` asks for a code from an authenticator app on your phone before giving you access. Someone holding a stolen session still can't produce that code.\n\nIt's a **separate entry** in your authenticator app, set up with this server's QR code, with its own backup codes. It doesn't replace Discord's 2FA: use both.",
    ),
    // On join (sent in the server's language)
    (
        "join.dm",
        "👋 Welcome to **{server}**! Keeping your Discord account safe keeps this community safe too. Here's a short guide to turning on two-factor authentication.",
    ),
];
