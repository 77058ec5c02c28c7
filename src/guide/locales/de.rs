//! German (de).
//! Informal "du", as Discord itself uses in German; same keys, order and placeholders as `en.rs`.

use crate::guide::catalogue::Key;

pub fn text(key: Key) -> &'static str {
    match key {
        // Errors and refusals
        Key::ReplySomethingWentWrong => {
            "Bei uns ist etwas schiefgelaufen. Versuch es gleich noch einmal; wenn es immer wieder passiert, sag einem Moderator Bescheid."
        }
        Key::ReplyDatabaseDown => {
            "Keygate erreicht seine Datenbank gerade nicht. Bitte versuch es gleich noch einmal."
        }
        Key::ReplyNotConfigured => {
            "Auf diesem Server ist die Verifizierung noch nicht eingerichtet. Ein Moderator kann das mit `/gate einrichten` erledigen."
        }
        Key::ReplyNotAGate => {
            "{role} ist (nicht mehr) eine der Schranken dieses Servers. Nutze `/verifizieren`, um zu sehen, für welche Rollen du dich verifizieren kannst."
        }
        Key::ReplyNotEligible => {
            "Nur Mitglieder mit {needs} können die Schranke für {role} passieren, und du hast diese Rolle nicht. Es wurde nichts gegen dich gezählt. Wenn du meinst, dass du sie haben solltest, frag ein Teammitglied."
        }
        Key::ReplyNoGateOpen => {
            "Die Schranken dieses Servers sind nur für Mitglieder mit einer dieser Rollen: {roles}. Du hast keine davon, also gibt es hier für dich nichts zu verifizieren. Es wurde nichts gegen dich gezählt."
        }
        Key::ReplyNotEnrolled => {
            "Du hast für diesen Server noch keine Authenticator-App eingerichtet. Starte mit `/verifizieren`."
        }
        Key::ReplyAlreadyEnrolled => {
            "Du hast hier schon eine Authenticator-App eingerichtet. Nutze `/verifizieren` und gib den 6-stelligen Code ein, den sie dir anzeigt."
        }
        Key::ReplyEnrollmentExpired => {
            "Die Einrichtung hat länger als 15 Minuten gedauert und ist deshalb zu deiner Sicherheit abgelaufen. Starte mit `/verifizieren` neu, dann bekommst du einen frischen QR-Code."
        }
        Key::ReplyNeedsAuthenticator => {
            "Bitte nimm hierfür den 6-stelligen Code aus deiner Authenticator-App, keinen Backup-Code. Backup-Codes sind dafür da, hineinzukommen, wenn das Handy weg ist; deine Einrichtung zu ändern braucht das Handy selbst, denn wer deine Discord-Sitzung stiehlt, hat vielleicht auch deine gespeicherten Backup-Codes."
        }
        Key::ReplyNotACode => {
            "Das ist kein gültiger Code. Gib die 6 Ziffern ein, die deine Authenticator-App gerade anzeigt (zum Beispiel `123456`), oder einen deiner Backup-Codes (wie `1ABC-DEFG-HJKM-NPQR`)."
        }
        Key::ReplyWrongCode => {
            "Der Code passt nicht. Prüf, ob du in deiner Authenticator-App den Eintrag für diesen Server ansiehst, und gib den Code ein, der gerade angezeigt wird."
        }
        Key::ReplyReplayed => {
            "Dieser Code wurde schon benutzt und kann nicht noch einmal verwendet werden. Warte, bis deine App einen neuen Code zeigt (die Codes wechseln alle 30 Sekunden). Falls du ihn nicht selbst benutzt hast, sag einem Moderator Bescheid: Vielleicht hat ihn jemand gesehen."
        }
        Key::ReplyLockedUntil => {
            "Zu viele falsche Codes. Zu deiner Sicherheit ist die Verifizierung bis {when} pausiert. Versuch es dann noch einmal."
        }
        Key::ReplyLockedUntilUnlocked => {
            "Zu viele falsche Codes: Die Verifizierung ist für deinen Account hier gesperrt, bis ein Moderator sie wieder freigibt."
        }
        Key::ReplyGuildOnly => "Keygate funktioniert nur auf einem Server. Nutze den Befehl dort.",
        Key::ReplyStaleForm => {
            "Dieses Formular ist veraltet. Bitte führe den Befehl noch einmal aus."
        }
        Key::ReplyOnlyModerators => {
            "Nur Moderatoren können `/gate` nutzen (dafür braucht man die Berechtigung **Server verwalten**)."
        }
        Key::ReplyNotVerified => "Dieses Mitglied ist gerade nicht verifiziert.",
        Key::ReplyBadArgument => {
            "Diese Option konnte ich nicht lesen. Bitte wähle sie aus der Liste, die Discord anzeigt, und versuch es noch einmal."
        }
        Key::ReplyNotLocked => "Dieses Mitglied ist nicht gesperrt.",
        Key::ReplyBusy => {
            "Eine andere Prüfung deines Codes läuft noch. Warte bitte einen Moment und versuch es dann noch einmal."
        }
        Key::ReplyTooManySetups => {
            "Du hast in der letzten Stunde dreimal mit der Einrichtung einer Authenticator-App begonnen. Zu deiner Sicherheit kannst du {when} wieder beginnen."
        }
        Key::ReplyTooManyRemovals => {
            "Du hast deine Authenticator-Einrichtung hier heute schon dreimal entfernt. Zu deiner Sicherheit kannst du sie {when} wieder entfernen."
        }
        Key::ReplyTooManyBackupCodeSets => {
            "Du hast heute schon dreimal neue Backup-Codes erstellt. Zu deiner Sicherheit kannst du {when} wieder welche erstellen. Deine jetzigen Codes funktionieren weiter."
        }
        // Enrollment
        Key::ReplyNeedsDiscord2fa => {
            "Die Schranke für {role} ist nur für Mitglieder, bei deren eigenem Discord-Konto die Zwei-Faktor-Authentifizierung (2FA) an ist. Keygate hat deine in den letzten 30 Tagen nicht eingeschaltet gesehen, deshalb wurde nichts gegen dich gezählt.\n\nDrück den Knopf, um es im Browser zu zeigen (das dauert eine Minute), und versuch es dann noch einmal. Ist 2FA aus, zeigt die Seite, wie du sie einschaltest."
        }
        Key::EnrollInstructions => {
            "**Richte deine Authenticator-App ein** (nur du siehst diese Nachricht)\n1. Falls du noch keine hast, installiere eine Authenticator-App auf deinem Handy: Google Authenticator, Microsoft Authenticator, Aegis, 2FAS oder einen Passwortmanager, der Codes unterstützt.\n2. Tippe in der App auf **+** und scanne den QR-Code unten. Keine Kamera? Wähle „Einrichtungsschlüssel eingeben“ und tippe ein:\n`{key}`\n3. Die App zeigt jetzt einen 6-stelligen Code, der sich alle 30 Sekunden ändert. Drück auf **Code eingeben** und tippe ihn ein.\n\nDiese Einrichtung gilt bis {expires}. Teile diesen QR-Code oder Schlüssel niemals: Wer ihn hat, kann deine Codes erzeugen."
        }
        Key::EnrollEnterCodeButton => "Code eingeben",
        Key::PickGatePrompt => {
            "Für welche Rolle möchtest du dich verifizieren? Wähle unten eine aus (nur du siehst das)."
        }
        Key::PickGatePlaceholder => "Rolle wählen",
        Key::ConfirmModalTitle => "Authenticator-App bestätigen",
        Key::VerifyModalTitle => "Bestätige, dass du es bist",
        Key::BackupCodesModalTitle => "Neue Backup-Codes",
        Key::RemoveModalTitle => "Authenticator-App entfernen",
        Key::CodeInputLabel => "6-stelliger Code aus deiner App",
        Key::CodeOrBackupInputLabel => "Code aus deiner App oder ein Backup-Code",
        Key::BackupCodesFirstTime => {
            "✅ **Deine Authenticator-App ist eingerichtet.**\n\nHier sind deine **Backup-Codes**. Falls du dein Handy verlierst, kannst du jeden davon einmal statt eines 6-stelligen Codes verwenden. Speichere sie jetzt (die Datei unten, ein Passwortmanager oder auf Papier): Sie werden nie wieder angezeigt."
        }
        Key::BackupCodesRenewed => {
            "🔑 **Deine neuen Backup-Codes.** Deine alten Codes funktionieren ab sofort nicht mehr. Speichere diese jetzt: Sie werden nie wieder angezeigt."
        }
        Key::BackupCodesFileIntro => {
            "Keygate-Backup-Codes für den Discord-Server „{server}“\nJeder Code funktioniert genau einmal, anstelle des 6-stelligen Codes aus deiner Authenticator-App.\nBewahre diese Datei sicher und privat auf (in einem Passwortmanager oder ausgedruckt auf Papier)."
        }
        // Verification
        Key::VerifiedAuthenticator => "✅ Mit deiner Authenticator-App verifiziert.",
        Key::VerifiedBackup => {
            "✅ Mit einem Backup-Code verifiziert. Dieser Code ist jetzt verbraucht; {remaining} übrig."
        }
        Key::VerifiedBackupLow => {
            "✅ Mit einem Backup-Code verifiziert. ⚠️ Nur noch {remaining} Backup-Code(s) übrig: Mit `/2fa backup-codes` erstellst du neue."
        }
        Key::RoleGranted => "Deine Rolle wurde hinzugefügt. Willkommen!",
        Key::RolePending => {
            "Deine Rolle ist unterwegs; es kann eine Minute dauern, bis sie erscheint."
        }
        Key::RoleForbidden => {
            "Du bist verifiziert, aber ich konnte dir die Rolle {role} nicht geben: Discord hat es abgelehnt (mir fehlt die Berechtigung **Rollen verwalten**, oder meine Rolle steht unter dieser Rolle). Die Moderatoren wissen Bescheid; du bekommst die Rolle, sobald sie das behoben haben."
        }
        Key::RoleOwnerNeeds2fa => {
            "Du bist verifiziert, aber ich kann dir die Rolle {role} noch nicht geben: Dieser Server verlangt Zwei-Faktor-Authentifizierung (2FA) für Moderation, und die Person, der der Keygate-Bot gehört, hat 2FA für ihr eigenes Discord-Konto nicht eingeschaltet. Die Moderatoren wissen Bescheid; du bekommst die Rolle, sobald das behoben ist."
        }
        Key::RoleGone => {
            "Du bist verifiziert, aber die Rolle konnte nicht vergeben werden: Laut Discord bist du nicht mehr auf diesem Server, oder die Rolle wurde gelöscht. Wenn du noch hier bist, sag bitte einem Moderator Bescheid."
        }
        Key::RoleFailed => {
            "Du bist verifiziert, aber Discord hat die Rolle nicht vergeben. Die Moderatoren wissen Bescheid."
        }
        Key::RoleTimed => {
            "⏳ Du hast {role} bis {when}. Wenn du fertig bist, drücke **Jetzt beenden**, um sie vorher abzugeben."
        }
        Key::EndNowButton => "Jetzt beenden",
        Key::RoleEnded => {
            "Erledigt: {role} wird entfernt. Nutze `/verifizieren`, wenn du sie wieder brauchst."
        }
        Key::RoleEndNotHeld => {
            "Du hast {role} nicht mehr über die Schranke, es gibt also nichts zu beenden."
        }
        Key::RoleNotEligible => {
            "Dein Code war richtig, aber du hast die Rolle, die die Schranke für {role} voraussetzt, nicht mehr, deshalb habe ich sie dir nicht gegeben. Wenn das ein Fehler ist, frag ein Teammitglied."
        }
        Key::RoleDangerous => {
            "Dein Code war richtig, aber ich habe dir {role} nicht gegeben: Die Rolle hat jetzt mächtige Moderationsrechte, und diese Schranke lässt jedes Mitglied passieren. Das Team wurde informiert."
        }
        Key::RoleSuperseded => {
            "Deine Rolle wurde doch nicht vergeben: Eine spätere Änderung hat das ersetzt (ein Teammitglied hat sie entfernt, oder ihre Zeit ist abgelaufen). Nutze `/verifizieren` erneut, wenn du sie noch brauchst."
        }
        Key::Removed => {
            "Erledigt: Deine Authenticator-App und deine Backup-Codes für diesen Server sind gelöscht, und die Rolle für Verifizierte wird entfernt. Mit `/verifizieren` kannst du alles jederzeit neu einrichten."
        }
        // Status
        Key::StatusBody => {
            "**Authenticator-App:** {enrollment}\n**Rollen über die Schranke:** {verified}\n**Übrige Backup-Codes:** {codes}\n**Sperre:** {lockout}\n**Letzte Verifizierung:** {last}"
        }
        Key::StatusEnrollmentNone => "nicht eingerichtet",
        Key::StatusEnrollmentPending => {
            "Einrichtung gestartet, wartet auf den ersten Code (gültig bis {when})"
        }
        Key::StatusEnrollmentExpired => "Einrichtung abgelaufen, bevor sie abgeschlossen war",
        Key::StatusEnrollmentConfirmed => "eingerichtet am {when}",
        Key::StatusYes => "ja",
        Key::StatusNo => "nein",
        Key::StatusHeldUntil => "{role} bis {when}",
        Key::StatusHeldReverify => "{role} (vor {when} erneut verifizieren)",
        Key::StatusLockoutNone => "keine",
        Key::StatusLockoutUntil => "gesperrt bis {when}",
        Key::StatusLockoutModerator => "gesperrt, bis ein Moderator entsperrt",
        Key::StatusNever => "nie",
        // The verification panel (posted in the server's language)
        Key::PanelBody => {
            "🔐 **Verifizierung**\nAuf diesem Server zeigen Mitglieder mit einem Code aus einer Authenticator-App, dass sie es wirklich sind, bevor sie Zugang bekommen. Drück auf **Verifizieren**, um loszulegen (beim ersten Mal dauert es etwa eine Minute).\nNeu bei der Zwei-Faktor-Authentifizierung? Drück auf **2FA-Anleitung**."
        }
        Key::PanelVerifyButton => "Verifizieren",
        Key::PanelGuideButton => "2FA-Anleitung",
        // Moderator replies
        Key::GateRoleProblem => "Diese Rolle kann ich noch nicht verwenden. {problem}",
        Key::GateRoleEveryone => {
            "Das ist die Rolle @everyone, die jedes Mitglied schon hat. Erstelle eine Rolle wie „Verifiziert“ und wähle stattdessen diese."
        }
        Key::GateRoleManaged => {
            "{role} wird von einer Integration verwaltet (einem Bot oder einem Abo), deshalb kann niemand sie von Hand vergeben. Erstelle eine normale Rolle wie „Verifiziert“ und wähle stattdessen diese."
        }
        Key::GateRoleNoManageRoles => {
            "Mir fehlt die Berechtigung **Rollen verwalten**, deshalb konnte ich die Rolle nicht vergeben. Gib meiner Rolle unter **Servereinstellungen → Rollen** die Berechtigung **Rollen verwalten** und führe dann `/gate einrichten` erneut aus."
        }
        Key::GateRoleTooHigh => {
            "{role} steht über meiner höchsten Rolle (oder auf gleicher Höhe), und Discord lässt mich nur Rollen unterhalb meiner eigenen vergeben. Zieh unter **Servereinstellungen → Rollen** meine Rolle über {role} und führe dann `/gate einrichten` erneut aus."
        }
        Key::GateRoleInvokerNoManageRoles => {
            "Du brauchst selbst die Berechtigung **Rollen verwalten**, um die Rolle der Verifizierung festzulegen."
        }
        Key::GateRoleInvokerTooLow => {
            "{role} liegt über (oder gleichauf mit) deiner höchsten Rolle, also darfst du sie nicht vergeben – und die Verifizierung auch nicht in deinem Namen. Frag jemanden mit einer höheren Rolle."
        }
        Key::GateSetupDone => {
            "✅ Schranke gespeichert: {gate}.\n{settings}\nAls Nächstes: Poste den Verifizieren-Knopf mit `/gate panel`."
        }
        Key::GateSetupMembersIntent => {
            "⚠️ Die Anleitung beim Beitritt ist an, aber dieser Bot wurde ohne den Server Members Intent gestartet und merkt deshalb nicht, wenn Mitglieder beitreten. Wer den Bot betreibt, kann ihn einschalten: siehe README („Guide on join“)."
        }
        Key::GateSetupOwnerNeeds2fa => {
            "⚠️ Dieser Server verlangt 2FA für Moderationsaktionen, und das Konto, dem die Keygate-Anwendung gehört, hat 2FA nicht eingeschaltet. Discord wird deshalb jede Rolle ablehnen, die Keygate vergibt oder entfernt. Der Besitzer der Keygate-Anwendung muss 2FA einschalten (Discord: Benutzereinstellungen → Mein Account); nichts anderes behebt das."
        }
        Key::GateSetupLogChannelRefused => {
            "⚠️ Ich konnte nicht in den Log-Kanal {channel} schreiben: Discord hat es abgelehnt. Gib meiner Rolle dort **Kanal ansehen** und **Nachrichten senden** und führe dann `/gate einrichten` noch einmal aus; bis dahin versuche ich es nur alle 15 Minuten, und Log-Einträge dazwischen gehen verloren."
        }
        Key::ReplyServerPaused => {
            "⏸️ Discord hat in den letzten Minuten zu viele meiner Anfragen auf diesem Server abgelehnt (ein Kanal, in dem ich nicht schreiben darf, oder Rollen, die ich nicht vergeben darf), deshalb halte ich mich hier vorerst zurück. Behebe das und versuche es in etwa 10 Minuten noch einmal."
        }
        Key::GateSetupEligibleWithoutIntent => {
            "ℹ️ Dieser Bot läuft ohne den Server-Members-Intent und sieht daher keine Rollenänderungen: Wer die Voraussetzungsrolle verliert, verliert die Rolle dieser Schranke beim nächsten `/verifizieren`, bei ihrem Ablauf oder ihrer Neu-Verifizierung oder vor einer neuen Vergabe, nicht sofort. Der Betreiber des Bots kann den Intent einschalten (siehe README)."
        }
        Key::GateLastsAndReverify => {
            "Eine Schranke kann nicht `lasts` und `reverify_every` zugleich haben: Eine zeitlich begrenzte Rolle wird ohnehin entfernt, wenn die Zeit um ist. Behalte eine der beiden (setze die andere auf `off`) und versuche es erneut."
        }
        Key::GateModeratorCodeEnrollFirst => {
            "Bevor du `moderator_code` einschaltest, richte hier mit `/verifizieren` deine eigene Authenticator-App ein: Danach fragen Moderationsbefehle nach ihrem Code, und ohne sie würdest du dich selbst aussperren."
        }
        Key::GateTooManyGates => {
            "Dieser Server hat bereits {max} Schranken, das Maximum bei Keygate. Beende zuerst eine mit `/gate beenden` und versuche es dann erneut."
        }
        Key::GateDropped => {
            "Erledigt: Keygate schützt {role} nicht mehr. Wer die Rolle hat, behält sie (eine zeitlich begrenzte wird trotzdem zu ihrer Zeit entfernt)."
        }
        Key::GateNotAGate => {
            "{role} ist hier keine Schranke. `/gate einstellungen` listet die Schranken dieses Servers auf."
        }
        Key::GateDangerous => {
            "⚠️ {role} hat mächtige Berechtigungen: {permissions}. Ohne `eligible` bekäme sie jedes Mitglied, das eine Authenticator-App einrichtet. Gib mit `eligible:` die Rolle an, die passieren darf (zum Beispiel `eligible:@Moderator`), oder entferne diese Berechtigungen von {role} (in ihren Einstellungen und in Kanal-Überschreibungen) und versuche es erneut."
        }
        Key::PermAdministrator => "Administrator",
        Key::PermManageServer => "Server verwalten",
        Key::PermManageRoles => "Rollen verwalten",
        Key::PermManageChannels => "Kanäle verwalten",
        Key::PermManageWebhooks => "Webhooks verwalten",
        Key::PermBanMembers => "Mitglieder bannen",
        Key::PermKickMembers => "Mitglieder kicken",
        Key::PermTimeoutMembers => "Mitglieder timeouten",
        Key::PermManageMessages => "Nachrichten verwalten",
        Key::PermMentionEveryone => "Erwähne @everyone, @here und alle Rollen",
        Key::GateDurationUnreadable => {
            "Ich kann `{value}` für `{option}` nicht als Zeitspanne lesen. Schreib es wie `90m`, `1h`, `12h` oder `7d` (von {min} bis {max}) oder `off` zum Löschen."
        }
        Key::GateDurationOutOfRange => {
            "`{option}` muss zwischen {min} und {max} liegen; `{value}` liegt außerhalb. Wähle eine Zeitspanne in diesem Bereich oder `off` zum Löschen."
        }
        Key::GateEligibleEveryone => {
            "`eligible` kann nicht @everyone sein: Jedes Mitglied hat diese Rolle, sie würde also nicht einschränken, wer die Schranke für {role} passiert. Wähle die Rolle, die Mitglieder bereits haben müssen (zum Beispiel @Moderator), oder lass `eligible` weg."
        }
        Key::GateEligibleSelf => {
            "`eligible` kann nicht {role} selbst sein: Nur wer sie schon hat, könnte passieren, also nie jemand Neues. Wähle eine andere Rolle (zum Beispiel @Moderator für eine Schranke auf @Moderator (aktiv))."
        }
        Key::GateEligibleOpenGate => {
            "`eligible` kann nicht {eligible} sein: Jedes Mitglied bekommt sie über ihre eigene Schranke, sie würde also nicht einschränken, wer die Schranke für {role} passiert. Wähle eine Rolle, die Teammitglieder von Hand vergeben (zum Beispiel @Moderator)."
        }
        Key::StepUpModalTitle => "Teamprüfung: dein Code",
        Key::StepUpEnrollFirst => {
            "Dieser Server verlangt vor diesem Befehl einen Code aus der Authenticator-App, und du hast hier noch keine eingerichtet. Richte sie mit `/verifizieren` ein und versuche es dann erneut."
        }
        Key::StepUpExpired => {
            "Diese Prüfung ist abgelaufen (sie gilt 5 Minuten) oder wurde schon verwendet. Führe den Befehl erneut aus."
        }
        Key::StepUpNotDone => {
            "Der Befehl wurde nicht ausgeführt. Führe ihn erneut aus, sobald du einen frischen Code hast."
        }
        Key::GateNone => "keiner",
        Key::GateOn => "an",
        Key::GateOff => "aus",
        Key::GateRuleEveryone => "jedes Mitglied darf passieren",
        Key::GateRuleEligible => "nur Mitglieder mit {role}",
        Key::GateRulePermanent => "dauerhaft",
        Key::GateRuleLasts => "wird {period} nach jedem Passieren entfernt",
        Key::GateRuleReverify => "wird entfernt, wenn nicht alle {period} erneut passiert",
        Key::GateDiscord2faNeedsWeb => {
            "`discord_2fa` braucht die Prüfung der Discord-2FA im Browser, und die ist bei diesem Bot nicht eingeschaltet, also könnte kein Mitglied diese Schranke passieren. Es wurde nichts geändert. Der Betreiber des Bots kann sie einschalten: siehe README (\"Confirming Discord's own 2FA in the browser\")."
        }
        Key::GateRuleDiscord2fa => "Discord-2FA in den letzten 30 Tagen bestätigt",
        Key::GateSettings => {
            "Log-Kanal: {log}. Anleitung beim Beitritt: {guide}. Code für Teammitglieder: {code}."
        }
        Key::GateSettingsDiscord2faRole => {
            "Mitglieder, bei denen `/2fa check` die eigene Discord-2FA eingeschaltet fand, bekommen {role}; findet eine spätere Prüfung sie aus, wird sie wieder entfernt."
        }
        Key::GateDiscord2faRoleIsAGate => {
            "{role} ist eine der Schranken dieses Servers, Keygate gibt sie also nach einem Code. Wähle eine andere Rolle für Mitglieder mit Discord-2FA, oder entferne diese Schranke zuerst mit `/gate beenden`."
        }
        Key::GateRoleIsDiscord2faRole => {
            "{role} ist die Rolle, die Keygate Mitgliedern mit Discord-2FA ohne Code gibt (`discord_2fa_role`), also kann sie nicht zugleich eine Schranke sein. Beende das zuerst mit `/gate beenden role:{role}`, oder wähle eine andere Rolle für die Schranke."
        }
        Key::GatePanelPosted => "✅ Das Verifizierungs-Panel ist jetzt in {channel}.",
        Key::GatePanelForbidden => {
            "Ich kann in {channel} nicht posten. Gib meiner Rolle dort **Kanal ansehen** und **Nachrichten senden** und versuch es dann noch einmal."
        }
        Key::GateChannelNotHere => {
            "{channel} ist nicht auf diesem Server. Wähle einen Kanal dieses Servers und versuch es noch einmal."
        }
        Key::GateTargetThemselves => {
            "Das kannst du nicht bei dir selbst tun: Das muss ein anderer Moderator machen. So kann jemand, der die Sitzung eines Moderators stiehlt, dessen eigenen zweiten Faktor nicht zurücksetzen oder entsperren."
        }
        Key::GateTargetNotBelow => {
            "{user} hat eine Rolle auf oder über deiner höchsten Rolle, daher kannst du das bei ihnen nicht tun. Frag jemanden mit einer höheren Rolle."
        }
        Key::GateUnlocked => "🔓 {user} kann wieder Codes eingeben.",
        Key::GateRevoked => {
            "{role} wurde von {user} entfernt. Mit `/verifizieren` kann sich das Mitglied erneut verifizieren."
        }
        Key::GateResetDone => {
            "{user} wurde zurückgesetzt: Authenticator-App und Backup-Codes sind gelöscht, und die Rolle wird entfernt. {note}"
        }
        Key::GateResetTold => "Das Mitglied wurde per Direktnachricht informiert.",
        Key::GateResetNotTold => {
            "Ich konnte keine Direktnachricht schicken (die DMs sind geschlossen), bitte sag dem Mitglied selbst Bescheid."
        }
        Key::GateResetDm => {
            "Ein Moderator von **{server}** hat deine Zwei-Faktor-Einrichtung dort zurückgesetzt (Grund: `{reason}`). Dein alter Eintrag in der Authenticator-App und deine Backup-Codes funktionieren nicht mehr. Nutze `/verifizieren` auf dem Server, um alles neu einzurichten."
        }
        Key::GateStats => {
            "**Eingerichtete Mitglieder:** {enrolled}\n**Laufende Einrichtungen:** {pending}\n**Gerade verifiziert:** {verified}\n**Gerade gesperrt:** {locked}\n**Ausstehende Rollenänderungen:** {waiting}"
        }
        Key::GateAuditEmpty => "Das Protokoll ist leer.",
        Key::GateConfig => "**Schranken** ({count} von {max}):\n{gates}\n{settings}",
        Key::GateConfigNoGates => "noch keine (füge eine mit `/gate einrichten` hinzu)",
        // The walkthrough of Discord's own two-factor authentication
        Key::GuideSentDm => "📬 Ich habe dir die Anleitung per Direktnachricht geschickt.",
        Key::GuideDmClosed => {
            "Ich konnte dir keine Direktnachricht schicken, weil deine DMs für diesen Server geschlossen sind, deshalb kommt die Anleitung hier. So erlaubst du DMs: Öffne das Servermenü (der Servername ganz oben), dann **Privatsphäreeinstellungen** (bei manchen Versionen: Rechtsklick aufs Server-Icon → Privatsphäreeinstellungen) und schalte **Direktnachrichten** ein."
        }
        Key::GuidePageOf => "Seite {page} von {total}",
        Key::GuideBackButton => "Zurück",
        Key::GuideNextButton => "Weiter",
        Key::GuideDoneButton => "Fertig",
        Key::GuideFinished => {
            "👍 Das war die ganze Anleitung. Mit `/2fa anleitung` kannst du sie jederzeit noch einmal lesen."
        }
        Key::Guide1Title => "Warum Zwei-Faktor-Authentifizierung wichtig ist",
        Key::Guide1Body => {
            "Dein Passwort allein reicht nicht. Auf Discord werden ständig gestohlene Passwörter ausprobiert, und **Token-Grabber-Malware** (oft versteckt in „Gratis-Nitro“, Game-Cheats oder gefälschter Software) kopiert deine eingeloggte Discord-Sitzung, sodass der Dieb dein Passwort gar nicht erst braucht.\n\nDie Zwei-Faktor-Authentifizierung (2FA) fügt einen zweiten Schritt hinzu: einen 6-stelligen Code aus einer App auf deinem Handy, der sich alle 30 Sekunden ändert. Wer dein Passwort hat, kommt ohne dein Handy trotzdem nicht rein.\n\nAuf den nächsten Seiten erfährst du, wie du 2FA einschaltest, wie du deine Backup-Codes sicher aufbewahrst und was du tust, wenn du dein Handy verlierst."
        }
        Key::Guide2Title => "Authenticator-App einschalten (Computer oder Browser)",
        Key::Guide2Body => {
            "1. Installiere eine Authenticator-App auf deinem Handy: Google Authenticator, Microsoft Authenticator, Aegis, 2FAS oder einen Passwortmanager, der Codes anzeigt.\n2. Öffne in Discord die **Benutzereinstellungen** (das Zahnrad neben deinem Namen) → **Mein Account**.\n3. Klick auf **Enable Authenticator App**. Deine E-Mail-Adresse muss vorher bestätigt sein.\n4. Gib dein Discord-Passwort ein und scanne dann den QR-Code mit deiner App (oder tippe den Schlüssel darunter ein).\n5. Gib den 6-stelligen Code aus der App ein. Fertig: 2FA ist an."
        }
        Key::Guide3Title => "Authenticator-App einschalten (Handy)",
        Key::Guide3Body => {
            "1. Installiere eine Authenticator-App (siehe vorige Seite).\n2. Tippe in der Discord-App auf dein Profilbild, dann auf das Zahnrad (**Einstellungen**) → **Account**.\n3. Tippe auf **Enable Authenticator App** und gib dein Passwort ein.\n4. Auf demselben Handy kannst du deinen eigenen Bildschirm nicht scannen: Kopiere den **Schlüssel**, den Discord anzeigt, und füge ihn in deine Authenticator-App ein („Einrichtungsschlüssel eingeben“).\n5. Geh zurück zu Discord und gib den 6-stelligen Code aus der App ein."
        }
        Key::Guide4Title => "SMS als Reserve",
        Key::Guide4Body => {
            "Sobald die Authenticator-App eingerichtet ist, kannst du deine Handynummer als Reserve hinzufügen: **Benutzereinstellungen → Mein Account → Enable SMS**. Discord kann dir dann per SMS einen Code schicken, wenn du die App gerade nicht zur Hand hast.\n\nSMS ist unsicherer als eine App (Telefonnummern können per „SIM-Swap“ gestohlen werden), also nutze die App als Hauptmethode und SMS nur als Ersatz."
        }
        Key::Guide5Title => "Sicherheitsschlüssel und Passkeys",
        Key::Guide5Body => {
            "Auch ein **Sicherheitsschlüssel** (ein kleiner USB- oder NFC-Schlüssel wie ein YubiKey) oder ein **Passkey** (gespeichert auf deinem Handy oder Computer und entsperrt mit Fingerabdruck, Gesicht oder PIN) kann dein zweiter Schritt sein, und beide lassen sich nicht per Phishing abgreifen.\n\nFüge einen unter **Benutzereinstellungen → Mein Account → Sicherheitsschlüssel** hinzu. Behalte trotzdem deine Authenticator-App und deine Backup-Codes, falls der Schlüssel verloren geht."
        }
        Key::Guide6Title => "Discords Backup-Codes speichern",
        Key::Guide6Body => {
            "Mit Backup-Codes kommst du in deinen Account, wenn du dein Handy verlierst. Jeder hat 8 Zeichen und sieht so aus: `XXXX-XXXX`.\n\n1. Öffne **Benutzereinstellungen → Mein Account → View Backup Codes**.\n2. Gib dein Passwort ein und dann den Bestätigungsschlüssel, den Discord dir per E-Mail schickt.\n3. Speichere die Codes: Druck sie aus oder bewahre sie in einem Passwortmanager auf.\n\n⚠️ Wenn du sie herunterlädst, heißt die Datei `discord_backup_codes.txt`. Malware, die Tokens stiehlt, sucht genau nach diesem Dateinamen, also **verschieb die Datei aus deinem Downloads-Ordner** (oder druck sie aus und lösch sie).\n\n**Generate new codes** erstellt einen neuen Satz; die alten funktionieren dann sofort nicht mehr."
        }
        Key::Guide7Title => "Mit einem Backup-Code anmelden",
        Key::Guide7Body => {
            "Handy verloren? Melde dich wie gewohnt mit E-Mail und Passwort an. Wenn Discord nach dem 6-stelligen Code fragt, wähle **Verify with something else**, dann **Use a backup code**, und gib einen deiner gespeicherten Codes ein.\n\nSobald du drin bist, richte 2FA auf deinem neuen Handy ein und erstelle neue Backup-Codes."
        }
        Key::Guide8Title => "Fragen",
        Key::Guide8Body => {
            "**Kann ich einen Backup-Code mehrmals nutzen?** Nein. Jeder Code funktioniert nur einmal; streich ihn nach der Benutzung durch.\n\n**Wie viele habe ich noch?** Öffne **View Backup Codes**, dann siehst du deine Codes und welche du schon benutzt hast. Wenn sie knapp werden, klick auf **Generate new codes**.\n\n**Ich habe alle verbraucht.** Wenn du irgendwo noch eingeloggt bist, öffne **View Backup Codes** und erstelle sofort einen neuen Satz.\n\n**Ich habe mein Handy und meine Codes verloren.** Dann kann der Discord-Support 2FA nicht für dich entfernen, und der Account lässt sich nicht wiederherstellen. Deshalb ist es so wichtig, deine Backup-Codes sicher aufzubewahren."
        }
        Key::Guide9Title => "Die eigene Verifizierung dieses Servers",
        Key::Guide9Body => {
            "Discords 2FA schützt deine **Anmeldung**. Wenn Malware aber deine eingeloggte Sitzung stiehlt, ist der Dieb schon an der Anmeldung vorbei.\n\nDeshalb hat dieser Server eine eigene Sperre: `/verifizieren` fragt nach einem Code aus einer Authenticator-App auf deinem Handy, bevor du Zugang bekommst. Wer nur eine gestohlene Sitzung hat, kann diesen Code trotzdem nicht erzeugen.\n\nDas ist ein **eigener Eintrag** in deiner Authenticator-App, eingerichtet mit dem QR-Code dieses Servers und mit eigenen Backup-Codes. Er ersetzt Discords 2FA nicht: Nutze beides."
        }
        // On join (sent in the server's language)
        Key::JoinDm => {
            "👋 Willkommen auf **{server}**! Wenn dein Discord-Account sicher ist, ist auch diese Community sicherer. Hier ist eine kurze Anleitung, wie du die Zwei-Faktor-Authentifizierung einschaltest."
        }
        Key::ReverifyReminderDm => {
            "🔁 Hallo! Auf {server} ist für {role} eine neue Prüfung mit deiner Authenticator-App fällig. Nutze `/verifizieren` auf diesem Server vor {when}; sonst entfernt Keygate sie (du bekommst sie jederzeit zurück, wenn du dich verifizierst). Diese Nachricht enthält absichtlich keinen Link: Gib einen Code nie anderswo ein."
        }
        // Slash commands: names (where a language has its own) and descriptions
        // The browser check of Discord's own 2FA
        Key::Check2faLink => {
            "Drück den Knopf, um dich im Browser bei Discord anzumelden. Discord sagt Keygate dann genau eine Sache: ob bei deinem Konto die Zwei-Faktor-Authentifizierung (2FA) an ist. Keygate speichert keine Anmeldung und liest sonst nichts.\n\nDer Link funktioniert einmal, 10 Minuten lang und nur für dich: gib ihn nicht weiter."
        }
        Key::Check2faButton => "Meine Discord-2FA prüfen",
        Key::Check2faUnavailable => {
            "Die Prüfung der Discord-2FA im Browser ist bei diesem Bot nicht eingeschaltet. Du kannst 2FA trotzdem mit den Schritten aus `/2fa anleitung` einschalten."
        }
        Key::WebOnTitle => "Discord-2FA ist an",
        Key::WebOnBody => {
            "Bei deinem Discord-Konto ist die Zwei-Faktor-Authentifizierung an. Keygate hat es vermerkt, alles erledigt.\n\nDu kannst diese Seite schließen und zu Discord zurückgehen."
        }
        Key::WebCheckedAccount => "Geprüft für das Discord-Konto **{name}**.",
        Key::WebRoleComing => {
            "Der Server gibt Mitgliedern mit Discord-2FA eine eigene Rolle: Du bekommst sie gleich."
        }
        Key::WebOffTitle => "Discord-2FA ist aus",
        Key::WebOffBody => {
            "Bei deinem Discord-Konto ist die Zwei-Faktor-Authentifizierung (2FA) noch nicht an. Wer dein Passwort oder deine angemeldete Sitzung bekommt, könnte dein Konto übernehmen.\n\nSo schaltest du sie ein. Wenn du fertig bist, drück **Noch einmal prüfen**."
        }
        Key::WebCheckAgainButton => "Noch einmal prüfen",
        Key::WebCancelledTitle => "Es wurde nichts geprüft",
        Key::WebCancelledBody => {
            "Du hast auf der Seite von Discord abgebrochen, deshalb hat Keygate nichts geprüft und nichts vermerkt.\n\nWenn du es noch einmal versuchen willst, drück den Knopf unten (er funktioniert 10 Minuten lang, nachdem du ihn angefordert hast)."
        }
        Key::WebInvalidTitle => "Dieser Link funktioniert nicht",
        Key::WebInvalidBody => {
            "Dieser Prüf-Link stammt nicht von Keygate, oder beim Kopieren ist ein Teil verloren gegangen. Es wurde nichts geprüft.\n\nNutze in Discord `/2fa check` für einen neuen Link."
        }
        Key::WebExpiredTitle => "Dieser Link ist abgelaufen",
        Key::WebExpiredBody => {
            "Prüf-Links funktionieren 10 Minuten lang, damit niemand anderes sie benutzen kann. Es wurde nichts geprüft.\n\nNutze in Discord `/2fa check` für einen neuen Link."
        }
        Key::WebSpentTitle => "Dieser Link wurde schon benutzt",
        Key::WebSpentBody => {
            "Jeder Prüf-Link funktioniert einmal. Die Prüfung, die er gestartet hat, ist schon erledigt.\n\nNutze in Discord `/2fa check` für einen neuen Link, wenn du noch einmal prüfen willst."
        }
        Key::WebOtherAccountTitle => "Das war ein anderes Discord-Konto",
        Key::WebOtherAccountBody => {
            "Dieser Link wurde für ein anderes Discord-Konto erstellt als das, mit dem du dich angemeldet hast, deshalb wurde nichts vermerkt.\n\nMelde dich in diesem Browser mit dem Konto bei Discord an, das du auf dem Server benutzt, und nutze dort noch einmal `/2fa check`."
        }
        Key::WebDiscordFailedTitle => "Discord hat die Anmeldung nicht bestätigt",
        Key::WebDiscordFailedBody => {
            "Discord hat Keygate nicht wie erwartet geantwortet, deshalb wurde nichts vermerkt. Meist dauert so etwas nicht lange.\n\nWarte bitte eine Minute und nutze dann in Discord `/2fa check` für einen neuen Link."
        }
        Key::WebDatabaseDownTitle => "Keygate konnte das Ergebnis nicht speichern",
        Key::WebDatabaseDownBody => {
            "Keygate erreicht seine Datenbank gerade nicht, deshalb wurde nichts vermerkt.\n\nWarte bitte eine Minute und nutze dann in Discord `/2fa check` für einen neuen Link."
        }
        Key::WebUnavailableTitle => "Die Prüfung der Discord-2FA ist ausgeschaltet",
        Key::WebUnavailableBody => {
            "Dieses Keygate ist nicht dafür eingerichtet, die Discord-2FA im Browser zu prüfen."
        }
        Key::WebNotFoundTitle => "Seite nicht gefunden",
        Key::WebNotFoundBody => {
            "Hier gibt es nichts. Die Links von Keygate bekommst du vom Bot in Discord."
        }
        Key::WebBusyTitle => "Gerade zu viele auf einmal",
        Key::WebBusyBody => {
            "Gerade prüfen sehr viele Mitglieder gleichzeitig, deshalb konnte Keygate deine Prüfung noch nicht annehmen. Es wurde nichts geprüft.\n\nWarte bitte ein paar Sekunden und lade die Seite dann neu."
        }
        Key::CommandVerifyName => "verifizieren",
        Key::CommandVerifyDescription => {
            "Mit deiner Authenticator-App verifizieren oder eine einrichten"
        }
        Key::Command2faDescription => {
            "Zwei-Faktor-Authentifizierung: dein Status, Backup-Codes und Discords eigene 2FA"
        }
        Key::Command2faGuideName => "anleitung",
        Key::Command2faGuideDescription => {
            "So schaltest du Discords eigene Zwei-Faktor-Authentifizierung ein"
        }
        Key::Command2faStatusName => "status",
        Key::Command2faStatusDescription => {
            "Deine Einrichtung, Verifizierung, übrige Backup-Codes und Sperre hier"
        }
        Key::Command2faBackupCodesName => "backup-codes",
        Key::Command2faBackupCodesDescription => {
            "Neue Backup-Codes erstellen (braucht einen Code aus deiner App)"
        }
        Key::Command2faRemoveName => "entfernen",
        Key::Command2faRemoveDescription => {
            "Deine Authenticator-Einrichtung und Backup-Codes hier löschen (braucht einen Code)"
        }
        Key::Command2faCheckName => "check",
        Key::Command2faCheckDescription => {
            "Im Browser bestätigen, dass bei deinem Discord-Konto 2FA an ist"
        }
        Key::CommandGateDescription => "Moderation: die Verifizierung einrichten und verwalten",
        Key::CommandGateSetupDescription => {
            "Schranke (Rolle nach einem Code) hinzufügen oder ändern, und Keygates Einstellungen"
        }
        Key::CommandGateDropDescription => {
            "Eine Rolle nicht mehr schützen (wer sie hat, behält sie)"
        }
        Key::CommandGatePanelDescription => {
            "Das Verifizierungs-Panel (Verifizieren und 2FA-Anleitung) posten"
        }
        Key::CommandGateStatusDescription => {
            "Einrichtung, Verifizierung, Backup-Codes und Sperre eines Mitglieds"
        }
        Key::CommandGateUnlockDescription => "Die Sperre eines Mitglieds aufheben",
        Key::CommandGateRevokeDescription => {
            "Einem Mitglied die Verifiziert-Rolle entziehen (es kann sich erneut verifizieren)"
        }
        Key::CommandGateResetDescription => {
            "Mitglied mit verlorenem Handy zurücksetzen: löscht Authenticator und Backup-Codes"
        }
        Key::CommandGateStatsDescription => "Zahlen: eingerichtet, verifiziert, gesperrt",
        Key::CommandGateAuditDescription => {
            "Die neuesten Einträge des Audit-Logs, für alle oder ein Mitglied"
        }
        Key::CommandGateConfigDescription => "Die Einstellungen der Verifizierung hier anzeigen",
        // Members' whole life at the gate: one-time codes, two-person approval, the unverified, stats
        Key::VerifiedBypass => {
            "✅ Code akzeptiert: Du hast die Schranke mit dem Einmalcode passiert, den dir ein Moderator gegeben hat. Dieser Code ist jetzt verbraucht, und deine alte Authenticator-Einrichtung wurde gelöscht. Nutze bald wieder `/verifizieren`, um deine Authenticator-App auf deinem neuen Handy einzurichten: Beim nächsten Mal brauchst du sie."
        }
        Key::ReplyBypassExpired => {
            "Dieser Einmalcode ist abgelaufen (Einmalcodes gelten 24 Stunden). Frag einen Moderator nach einem neuen."
        }
        Key::GateBypassIssued => {
            "🔑 Einmalcode für {user}:\n`{code}`\n\nEr funktioniert einmal, bis {when}, anstelle eines Codes aus der App: Das Mitglied nutzt `/verifizieren` und tippt ihn in das Feld ein. Gib ihn auf einem Weg weiter, dem du vertraust, niemals in einem öffentlichen Kanal. Danach richtet das Mitglied seine Authenticator-App neu ein. Der Code wird nur dieses eine Mal angezeigt."
        }
        Key::GateBypassNotEnrolled => {
            "{user} hat hier keine Authenticator-App eingerichtet und braucht deshalb keinen Einmalcode: Das Mitglied kann `/verifizieren` nutzen und sein neues Handy sofort einrichten."
        }
        Key::GateTwoPersonOwnerOnly => {
            "Nur der Server-Eigentümer kann die Vier-Augen-Freigabe ausschalten oder den Log-Kanal verlegen, solange sie an ist, damit ein einzelnes Moderatorenkonto sie nicht aushebeln kann. Es wurde nichts geändert."
        }
        Key::GateAuditActor => " von {user}",
        Key::GateAuditSubject => " für {user}",
        Key::GateTwoPersonNeedsLog => {
            "Die Vier-Augen-Freigabe postet jede Anfrage im Log-Kanal, und dieser Server hat noch keinen. Füge `log_channel:` zum selben `/gate einrichten` hinzu und versuch es dann noch einmal. Es wurde nichts geändert."
        }
        Key::GateApprovalRequested => {
            "⏳ Deine Anfrage wartet auf einen zweiten Moderator: Sie steht in {channel} mit den Knöpfen *Freigeben* und *Ablehnen* und läuft {when} ab. Du kannst sie nicht selbst freigeben."
        }
        Key::GateApprovalNotPosted => {
            "Ich konnte die Anfrage nicht im Log-Kanal {channel} posten, deshalb wurde nichts angefragt oder geändert. Gib meiner Rolle dort **Kanal ansehen** und **Nachrichten senden** und versuch es dann noch einmal."
        }
        Key::ApproveButton => "Freigeben",
        Key::DenyButton => "Ablehnen",
        Key::ApprovalOwnRequest => {
            "Du hast das selbst angefragt, also muss ein anderer Moderator entscheiden. Genau dafür gibt es die Vier-Augen-Freigabe: Ein einzelner gestohlener Moderator-Account kann es nicht allein tun."
        }
        Key::ApprovalExpired => {
            "Diese Anfrage ist abgelaufen (Anfragen gelten 24 Stunden). Wenn sie noch nötig ist, führe den Befehl erneut aus."
        }
        Key::ApprovalAlreadyDecided => "Über diese Anfrage wurde schon entschieden.",
        Key::ApprovalDenied => "🚫 Abgelehnt: Für {user} wurde nichts geändert.",
        Key::ApprovalNoteApproved => "✅ Freigegeben von {moderator}.",
        Key::ApprovalNoteDenied => "🚫 Abgelehnt von {moderator}.",
        Key::ApprovalNoteExpired => "⌛ Ohne Entscheidung abgelaufen.",
        Key::GateKickNeedsYourPermission => {
            "Damit ich Mitglieder entferne, die sich nicht verifizieren, brauchst du selbst die Berechtigung **Mitglieder kicken**. Frag den Eigentümer des Servers oder einen Admin. Es wurde nichts geändert."
        }
        Key::GateKickNeedsPermission => {
            "Um Mitglieder zu entfernen, die sich nicht verifizieren, brauche ich die Berechtigung **Mitglieder kicken**. Gib sie meiner Rolle unter **Servereinstellungen → Rollen** und führe dann `/gate einrichten` erneut aus. Es wurde nichts geändert."
        }
        Key::GateKickBeforeRemind => {
            "`kick_after` ({kick}) muss später sein als `remind_after` ({remind}), damit Mitglieder zuerst ihre Erinnerung bekommen. Es wurde nichts geändert."
        }
        Key::GateUnverifiedNeedsIntent => {
            "Um nicht verifizierte Mitglieder zu erinnern oder zu entfernen, braucht es Discords **Server Members Intent**. Diesem Bot fehlt er, deshalb erfährt Keygate nie, wer beitritt. Es wurde nichts geändert. Der Betreiber des Bots kann ihn im Developer Portal einschalten (Bot → Privileged Gateway Intents) und Keygate neu starten."
        }
        Key::GateSettingsUnverified => {
            "Neue Mitglieder, die die erste Schranke noch nicht passiert haben: Erinnerung per DM nach {remind}, Entfernung nach {kick}."
        }
        Key::GateSettingsTwoPerson => {
            "Vier-Augen-Freigabe für `/gate zuruecksetzen` und `/gate einmalcode`: {on}."
        }
        Key::JoinReminderDm => {
            "👋 Hallo! Du bist {server} {joined} beigetreten und hast dich dort noch nicht verifiziert. Um hineinzukommen, nutze `/verifizieren` auf dem Server und folge den Schritten; das dauert etwa eine Minute.{kick}"
        }
        Key::JoinReminderKickNote => {
            " Sonst wirst du {when} vom Server entfernt. Du kannst später wieder beitreten."
        }
        Key::KickAuditReason => {
            "Keygate: Verifizierung nicht innerhalb von {after} nach dem Beitritt abgeschlossen"
        }
        Key::StatsWaiting => "**Beigetreten und noch nicht verifiziert:** {waiting}",
        Key::StatsChartHeading => {
            "**Letzte 30 Tage** (pro Tag: ✅ Verifizierungen, ❌ Fehlversuche, 🔒 Sperren, ⚠️ wiederverwendete Codes). Nur Tage mit Aktivität sind aufgeführt; das Diagramm zeigt alle 30."
        }
        Key::StatsChartNone => {
            "**Letzte 30 Tage:** keine Verifizierungen, Fehlversuche, Sperren oder wiederverwendeten Codes."
        }
        Key::StatsChartTitle => "Keygate, letzte 30 Tage",
        Key::StatsChartVerifications => "Verifizierungen",
        Key::StatsChartFailures => "Fehlversuche",
        Key::StatsChartLockouts => "Sperren",
        Key::StatsChartReplays => "Wiederverwendete Codes",
        // Log channel lines (in the server's language). Mentions render as names: the post pings nobody
        Key::LogEnrollmentStarted => "🆕 {user} hat begonnen, eine Authenticator-App einzurichten.",
        Key::LogEnrolled => {
            "✅ {user} hat eine Authenticator-App eingerichtet und die Schranke passiert: {role}{until}."
        }
        Key::LogModeratorEnrolled => {
            "🚨 {user} (kann `/gate` nutzen) hat eine neue Authenticator-App eingerichtet und die Schranke passiert: {role}{until}. Solange der Code für Moderatoren an ist, bestehen Codes aus dieser App jetzt die Moderatorenprüfung. Falls das nicht diese Person selbst war, ist ihr Account vielleicht gestohlen: Ein anderer Moderator sollte `/gate zuruecksetzen` für sie ausführen."
        }
        Key::LogVerifiedAuthenticator => {
            "✅ {user} hat die Schranke mit der eigenen Authenticator-App passiert: {role}{until}."
        }
        Key::LogVerifiedBackup => {
            "✅ {user} hat die Schranke mit einem Backup-Code passiert (noch {remaining} übrig): {role}{until}."
        }
        Key::LogVerifiedBypass => {
            "✅ {user} hat die Schranke mit dem Einmalcode eines Moderators passiert: {role}{until}. Die alte Authenticator-Einrichtung wurde gelöscht; beim nächsten Mal wird eine neue eingerichtet."
        }
        Key::LogUntil => " bis {when}",
        Key::LogNewBackupCodes => "🔑 {user} hat einen neuen Satz Backup-Codes erstellt.",
        Key::LogRemovedThemselves => {
            "🗑️ {user} hat die eigene Authenticator-App von der Schranke entfernt."
        }
        Key::LogReplayed => {
            "⚠️ {user} hat einen schon benutzten Code eingegeben (vielleicht abgefangen und wiederverwendet). Der Code wurde abgelehnt.{lock}"
        }
        Key::LogTooManyWrong => "🔒 {user} hat zu viele falsche Codes eingegeben.{lock}",
        Key::LogNotACode => "❌ {user} hat etwas eingegeben, das kein Code ist.",
        Key::LogWrongCode => "❌ {user} hat einen falschen Code eingegeben.",
        Key::LogLockedUntil => " Gesperrt bis {when}.",
        Key::LogLockedUntilUnlocked => " Gesperrt, bis ein Moderator `/gate entsperren` ausführt.",
        Key::LogConfiguredGate => {
            "⚙️ {moderator} hat die Schranke für {role} eingerichtet ({rules})."
        }
        Key::LogConfiguredSettings => "⚙️ {moderator} hat die Einstellungen geändert.",
        Key::LogConfiguredDetails => " Log-Kanal: {log}; Code für Moderatoren: {code}.",
        Key::LogGateDropped => {
            "⚙️ {moderator} hat die Schranke für {role} beendet. Wer die Rolle hat, behält sie (eine zeitlich begrenzte bis zu ihrem Ablauf)."
        }
        Key::LogPanelPosted => "⚙️ {moderator} hat das Verifizierungs-Panel in {channel} gepostet.",
        Key::LogUnlocked => "🔓 {moderator} hat {user} entsperrt.",
        Key::LogRevoked => "⛔ {moderator} hat {user} die Rolle {role} entzogen.",
        Key::LogEndedExpired => {
            "⌛ Die Zeit von {user} mit {role} ist abgelaufen; die Rolle wurde entfernt."
        }
        Key::LogEndedEarly => "⌛ {user} hat die Zeit mit {role} vorzeitig beendet.",
        Key::LogEligibilityLost => {
            "🚪 {user} hat {needs} nicht mehr; {role} setzt diese Rolle voraus und wird deshalb entfernt."
        }
        Key::LogReverification => {
            "🔁 Neu-Verifizierung: {reminded} Mitglied(er) per DM erinnert (DMs geschlossen: {closed}; Server verlassen: {left}); {removed} Rolle(n) von Mitgliedern entfernt, die sich nicht rechtzeitig erneut verifiziert haben."
        }
        Key::LogReset => {
            "♻️ {moderator} hat die Zwei-Faktor-Einrichtung von {user} zurückgesetzt. Grund: `{reason}`"
        }
        Key::LogApprovedBy => " Freigegeben von {approver}.",
        Key::LogBypassIssued => {
            "🔑 {moderator} hat {user} einen Einmalcode für ein verlorenes Handy gegeben (gültig bis {when})."
        }
        Key::LogApprovalReset => {
            "🧑‍⚖️ {moderator} möchte die Zwei-Faktor-Einrichtung von {user} zurücksetzen (Grund: `{reason}`). Ein anderer Moderator muss das freigeben; die Anfrage läuft {when} ab."
        }
        Key::LogApprovalBypass => {
            "🧑‍⚖️ {moderator} möchte einen Einmalcode für {user}, weil das Handy verloren ist. Ein anderer Moderator muss das freigeben; die Anfrage läuft {when} ab."
        }
        Key::LogApprovalDenied => {
            "🚫 {approver} hat die Anfrage von {moderator} für {user} abgelehnt. Es wurde nichts geändert."
        }
        Key::LogRoleNotEligible => {
            "🚪 Ich habe {role} nicht an {user} vergeben: Das Mitglied hat {needs} nicht mehr, und die Schranke setzt diese Rolle voraus."
        }
        Key::LogRoleDangerous => {
            "⚠️ Ich habe {role} nicht an {user} vergeben: Die Rolle hat jetzt mächtige Berechtigungen ({permissions}), und ihre Schranke lässt jedes Mitglied passieren. Füge mit `/gate einrichten` `eligible:` hinzu oder entferne diese Berechtigungen von der Rolle."
        }
        Key::LogRoleGrantFailed => "⚠️ Ich konnte {role} nicht an {user} vergeben: {why}",
        Key::LogRoleRemoveFailed => "⚠️ Ich konnte {role} nicht von {user} entfernen: {why}",
        Key::LogDiscordGone => {
            "Discord hat mit 404 geantwortet (das Mitglied hat den Server verlassen, oder die Rolle wurde gelöscht)."
        }
        Key::LogDiscordFailed => "Discord hat mit {status} geantwortet.",
        Key::LogOwnerNeeds2faGrant => {
            "Discord hat mit 403 geantwortet (Code 60003): Dieser Server verlangt 2FA für Moderationsaktionen, und das Konto, dem die Keygate-Anwendung gehört, hat 2FA nicht eingeschaltet. So behebst du es: **Der Besitzer der Keygate-Anwendung muss 2FA einschalten** (Discord: Benutzereinstellungen → Mein Account). Das Mitglied bekommt die Rolle, sobald 2FA an ist."
        }
        Key::LogOwnerNeeds2faRemove => {
            "Discord hat mit 403 geantwortet (Code 60003): Dieser Server verlangt 2FA für Moderationsaktionen, und das Konto, dem die Keygate-Anwendung gehört, hat 2FA nicht eingeschaltet. So behebst du es: **Der Besitzer der Keygate-Anwendung muss 2FA einschalten** (Discord: Benutzereinstellungen → Mein Account). Bis dahin behält das Mitglied die Rolle; sie wird entfernt, sobald 2FA an ist."
        }
        Key::LogForbidden => {
            "Discord hat mit 403 geantwortet (verboten). So behebst du es: Gib meiner Rolle die Berechtigung **Rollen verwalten** und zieh meine Rolle unter **Servereinstellungen → Rollen** **über** {role}. Danach kann das Mitglied `/verifizieren` erneut nutzen."
        }
        Key::LogGuideOnJoin => {
            "📬 Anleitung beim Beitritt: 2FA-Anleitung an {sent} neue(s) Mitglied(er) geschickt. Nicht geschickt: {closed} mit geschlossenen DMs, {recent} schon in den letzten 30 Tagen erhalten, {bots} Bot(s), {capped} über dem Limit von {per_window} pro {window} s."
        }
        Key::LogUnverified => {
            "⏳ Neue Mitglieder, die sich nicht verifiziert haben: per DM erinnert: {reminded} (DMs geschlossen: {closed}); entfernt: {kicked}; ausgenommen: {exempt} (Bots, der Serverbesitzer, Mitglieder mit einer Rolle, die nach dem Beitritt vergeben wurde oder über meiner steht); warten noch: {waiting}. Pro Minute werden höchstens {per_pass} entfernt; die übrigen kommen danach dran."
        }
        Key::LogKickRefused => {
            "⚠️ Ich konnte ein nicht verifiziertes Mitglied nicht entfernen: Discord hat abgelehnt (403). Gib meiner Rolle die Berechtigung **Mitglieder kicken** und zieh sie über die Rollen der Mitglieder, oder schalte das Entfernen mit `/gate einrichten kick_after:off` aus."
        }
        Key::LogTwoPersonOn => " Vier-Augen-Freigabe: {on}.",
        Key::LogUnverifiedSettings => {
            " Nicht verifizierte Mitglieder: Erinnerung nach {remind}, Entfernung nach {kick}."
        }
        // Slash commands: the moderator commands' names, and every option's description
        Key::CommandGateSetupName => "einrichten",
        Key::CommandGateDropName => "beenden",
        Key::CommandGatePanelName => "panel",
        Key::CommandGateStatusName => "status",
        Key::CommandGateUnlockName => "entsperren",
        Key::CommandGateRevokeName => "entziehen",
        Key::CommandGateResetName => "zuruecksetzen",
        Key::CommandGateBypassName => "einmalcode",
        Key::CommandGateStatsName => "statistik",
        Key::CommandGateAuditName => "protokoll",
        Key::CommandGateConfigName => "einstellungen",
        Key::CommandGateBypassDescription => {
            "Einmalcode für ein Mitglied, das sein Handy verloren hat (gilt einmal, 24 Std. lang)"
        }
        Key::OptionVerifyRole => {
            "Die Rolle, für die du dich verifizierst (Standard: du wählst aus deinen möglichen Rollen)"
        }
        Key::OptionSetupRole => "Die Rolle, die Keygate nach einem gültigen Code gibt",
        Key::OptionSetupEligible => {
            "Nur Mitglieder, die diese Rolle schon haben, dürfen passieren (zum Beispiel @Moderator)"
        }
        Key::OptionSetupLasts => {
            "Dauer der Rolle nach jedem Passieren, z. B. 1h oder 7d (1m bis 30d; off löscht)"
        }
        Key::OptionSetupReverifyEvery => {
            "Rolle entfernen, wenn nicht in diesem Abstand erneut passiert, z. B. 30d (1d bis 365d; off löscht)"
        }
        Key::OptionSetupDiscord2fa => {
            "Nur wer die eigene Discord-2FA bestätigt hat (/2fa check, in 30 Tagen), darf passieren"
        }
        Key::OptionSetupDiscord2faRole => {
            "Rolle für Mitglieder, deren eigene Discord-2FA /2fa check an fand (keine Schranke)"
        }
        Key::OptionSetupLogChannel => {
            "Ein Kanal für Keygates Protokoll der Verifizierungen und Moderationsaktionen"
        }
        Key::OptionSetupGuideOnJoin => {
            "Neuen Mitgliedern die Anleitung zu Discords eigener 2FA schicken"
        }
        Key::OptionSetupModeratorCode => {
            "App-Code von Moderatoren verlangen vor: einrichten, beenden, entsperren, entziehen, zuruecksetzen"
        }
        Key::OptionSetupRemindAfter => {
            "Unverifizierte neue Mitglieder nach dieser Zeit per DM erinnern, z. B. 1d (1m bis 30d; off löscht)"
        }
        Key::OptionSetupKickAfter => {
            "Unverifizierte neue Mitglieder nach dieser Zeit entfernen, z. B. 7d (1m bis 30d; off löscht)"
        }
        Key::OptionSetupTwoPersonReset => {
            "zuruecksetzen und einmalcode brauchen die Freigabe eines zweiten Moderators im Log-Kanal"
        }
        Key::OptionDropRole => {
            "Die Rolle, die nicht mehr geschützt werden soll (wer sie hat, behält sie)"
        }
        Key::OptionPanelChannel => "Wo es gepostet wird (Standard: dieser Kanal)",
        Key::OptionPanelRole => {
            "Die Schranke für den Verifizieren-Knopf (Standard: das Mitglied wählt)"
        }
        Key::OptionMember => "Das Mitglied",
        Key::OptionRevokeUser => {
            "Das Mitglied, dessen geschützte Rollen entfernt werden (es behält seine Authenticator-App)"
        }
        Key::OptionRevokeRole => {
            "Nur diese geschützte Rolle (Standard: alle geschützten Rollen des Mitglieds)"
        }
        Key::OptionResetReason => "Warum (wird im Audit-Log gespeichert)",
        Key::OptionAuditUser => "Nur dieses Mitglied",
    }
}
