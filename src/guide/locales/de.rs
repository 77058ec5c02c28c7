//! German (de).
//! Informal "du", as Discord itself uses in German; same keys, order and placeholders as `en.rs`.

pub const TABLE: &[(&str, &str)] = &[
    // Errors and refusals
    (
        "reply.something_went_wrong",
        "Bei uns ist etwas schiefgelaufen. Versuch es gleich noch einmal; wenn es immer wieder passiert, sag einem Moderator Bescheid.",
    ),
    (
        "reply.database_down",
        "Keygate erreicht seine Datenbank gerade nicht. Bitte versuch es gleich noch einmal.",
    ),
    (
        "reply.not_configured",
        "Auf diesem Server ist die Verifizierung noch nicht eingerichtet. Ein Moderator kann das mit `/gate setup` erledigen.",
    ),
    (
        "reply.not_enrolled",
        "Du hast für diesen Server noch keine Authenticator-App eingerichtet. Starte mit `/verifizieren`.",
    ),
    (
        "reply.already_enrolled",
        "Du hast hier schon eine Authenticator-App eingerichtet. Nutze `/verifizieren` und gib den 6-stelligen Code ein, den sie dir anzeigt.",
    ),
    (
        "reply.enrollment_expired",
        "Die Einrichtung hat länger als 15 Minuten gedauert und ist deshalb zu deiner Sicherheit abgelaufen. Starte mit `/verifizieren` neu, dann bekommst du einen frischen QR-Code.",
    ),
    (
        "reply.needs_authenticator",
        "Bitte nimm hierfür den 6-stelligen Code aus deiner Authenticator-App, keinen Backup-Code.",
    ),
    (
        "reply.not_a_code",
        "Das ist kein gültiger Code. Gib die 6 Ziffern ein, die deine Authenticator-App gerade anzeigt (zum Beispiel `123456`), oder einen deiner Backup-Codes (wie `1ABC-DEFG-HJKM-NPQR`).",
    ),
    (
        "reply.wrong_code",
        "Der Code passt nicht. Prüf, ob du in deiner Authenticator-App den Eintrag für diesen Server ansiehst, und gib den Code ein, der gerade angezeigt wird.",
    ),
    (
        "reply.replayed",
        "Dieser Code wurde schon benutzt und kann nicht noch einmal verwendet werden. Warte, bis deine App einen neuen Code zeigt (die Codes wechseln alle 30 Sekunden). Falls du ihn nicht selbst benutzt hast, sag einem Moderator Bescheid: Vielleicht hat ihn jemand gesehen.",
    ),
    (
        "reply.locked_until",
        "Zu viele falsche Codes. Zu deiner Sicherheit ist die Verifizierung bis {when} pausiert. Versuch es dann noch einmal.",
    ),
    (
        "reply.locked_until_unlocked",
        "Zu viele falsche Codes: Die Verifizierung ist für deinen Account hier gesperrt, bis ein Moderator sie wieder freigibt.",
    ),
    (
        "reply.guild_only",
        "Keygate funktioniert nur auf einem Server. Nutze den Befehl dort.",
    ),
    (
        "reply.stale_form",
        "Dieses Formular ist veraltet. Bitte führe den Befehl noch einmal aus.",
    ),
    (
        "reply.only_moderators",
        "Nur Moderatoren können `/gate` nutzen (dafür braucht man die Berechtigung **Server verwalten**).",
    ),
    (
        "reply.not_verified",
        "Dieses Mitglied ist gerade nicht verifiziert.",
    ),
    ("reply.not_locked", "Dieses Mitglied ist nicht gesperrt."),
    // Enrollment
    (
        "enroll.instructions",
        "**Richte deine Authenticator-App ein** (nur du siehst diese Nachricht)\n1. Falls du noch keine hast, installiere eine Authenticator-App auf deinem Handy: Google Authenticator, Microsoft Authenticator, Aegis, 2FAS oder einen Passwortmanager, der Codes unterstützt.\n2. Tippe in der App auf **+** und scanne den QR-Code unten. Keine Kamera? Wähle „Einrichtungsschlüssel eingeben“ und tippe ein:\n`{key}`\n3. Die App zeigt jetzt einen 6-stelligen Code, der sich alle 30 Sekunden ändert. Drück auf **Code eingeben** und tippe ihn ein.\n\nDiese Einrichtung gilt bis {expires}. Teile diesen QR-Code oder Schlüssel niemals: Wer ihn hat, kann deine Codes erzeugen.",
    ),
    ("enroll.enter_code.button", "Code eingeben"),
    ("confirm.modal_title", "Authenticator-App bestätigen"),
    ("verify.modal_title", "Bestätige, dass du es bist"),
    ("backup_codes.modal_title", "Neue Backup-Codes"),
    ("remove.modal_title", "Authenticator-App entfernen"),
    ("code.input_label", "6-stelliger Code aus deiner App"),
    (
        "code_or_backup.input_label",
        "Code aus deiner App oder ein Backup-Code",
    ),
    (
        "backup_codes.first_time",
        "✅ **Deine Authenticator-App ist eingerichtet.**\n\nHier sind deine **Backup-Codes**. Falls du dein Handy verlierst, kannst du jeden davon einmal statt eines 6-stelligen Codes verwenden. Speichere sie jetzt (die Datei unten, ein Passwortmanager oder auf Papier): Sie werden nie wieder angezeigt.",
    ),
    (
        "backup_codes.renewed",
        "🔑 **Deine neuen Backup-Codes.** Deine alten Codes funktionieren ab sofort nicht mehr. Speichere diese jetzt: Sie werden nie wieder angezeigt.",
    ),
    (
        "backup_codes.file_intro",
        "Keygate-Backup-Codes für den Discord-Server „{server}“\nJeder Code funktioniert genau einmal, anstelle des 6-stelligen Codes aus deiner Authenticator-App.\nBewahre diese Datei sicher und privat auf (in einem Passwortmanager oder ausgedruckt auf Papier).",
    ),
    // Verification
    (
        "verified.authenticator",
        "✅ Mit deiner Authenticator-App verifiziert.",
    ),
    (
        "verified.backup",
        "✅ Mit einem Backup-Code verifiziert. Dieser Code ist jetzt verbraucht; {remaining} übrig.",
    ),
    (
        "verified.backup_low",
        "✅ Mit einem Backup-Code verifiziert. ⚠️ Nur noch {remaining} Backup-Code(s) übrig: Mit `/2fa backup-codes` erstellst du neue.",
    ),
    ("role.granted", "Deine Rolle wurde hinzugefügt. Willkommen!"),
    (
        "role.pending",
        "Deine Rolle ist unterwegs; es kann eine Minute dauern, bis sie erscheint.",
    ),
    (
        "role.forbidden",
        "Du bist verifiziert, aber ich konnte dir die Rolle {role} nicht geben: Discord hat es abgelehnt (mir fehlt die Berechtigung **Rollen verwalten**, oder meine Rolle steht unter dieser Rolle). Die Moderatoren wissen Bescheid; du bekommst die Rolle, sobald sie das behoben haben.",
    ),
    (
        "removed",
        "Erledigt: Deine Authenticator-App und deine Backup-Codes für diesen Server sind gelöscht, und die Rolle für Verifizierte wird entfernt. Mit `/verifizieren` kannst du alles jederzeit neu einrichten.",
    ),
    // Status
    (
        "status.body",
        "**Authenticator-App:** {enrollment}\n**Verifiziert:** {verified}\n**Übrige Backup-Codes:** {codes}\n**Sperre:** {lockout}\n**Letzte Verifizierung:** {last}",
    ),
    ("status.enrollment.none", "nicht eingerichtet"),
    (
        "status.enrollment.pending",
        "Einrichtung gestartet, wartet auf den ersten Code (gültig bis {when})",
    ),
    (
        "status.enrollment.expired",
        "Einrichtung abgelaufen, bevor sie abgeschlossen war",
    ),
    ("status.enrollment.confirmed", "eingerichtet am {when}"),
    ("status.yes", "ja"),
    ("status.no", "nein"),
    ("status.lockout.none", "keine"),
    ("status.lockout.until", "gesperrt bis {when}"),
    (
        "status.lockout.moderator",
        "gesperrt, bis ein Moderator entsperrt",
    ),
    ("status.never", "nie"),
    // The verification panel (posted in the server's language)
    (
        "panel.body",
        "🔐 **Verifizierung**\nAuf diesem Server zeigen Mitglieder mit einem Code aus einer Authenticator-App, dass sie es wirklich sind, bevor sie Zugang bekommen. Drück auf **Verifizieren**, um loszulegen (beim ersten Mal dauert es etwa eine Minute).\nNeu bei der Zwei-Faktor-Authentifizierung? Drück auf **2FA-Anleitung**.",
    ),
    ("panel.verify.button", "Verifizieren"),
    ("panel.guide.button", "2FA-Anleitung"),
    // Moderator replies
    (
        "gate.role_problem",
        "Diese Rolle kann ich noch nicht verwenden. {problem}",
    ),
    (
        "gate.role.everyone",
        "Das ist die Rolle @everyone, die jedes Mitglied schon hat. Erstelle eine Rolle wie „Verifiziert“ und wähle stattdessen diese.",
    ),
    (
        "gate.role.managed",
        "{role} wird von einer Integration verwaltet (einem Bot oder einem Abo), deshalb kann niemand sie von Hand vergeben. Erstelle eine normale Rolle wie „Verifiziert“ und wähle stattdessen diese.",
    ),
    (
        "gate.role.no_manage_roles",
        "Mir fehlt die Berechtigung **Rollen verwalten**, deshalb konnte ich die Rolle nicht vergeben. Gib meiner Rolle unter **Servereinstellungen → Rollen** die Berechtigung **Rollen verwalten** und führe dann `/gate setup` erneut aus.",
    ),
    (
        "gate.role.too_high",
        "{role} steht über meiner höchsten Rolle (oder auf gleicher Höhe), und Discord lässt mich nur Rollen unterhalb meiner eigenen vergeben. Zieh unter **Servereinstellungen → Rollen** meine Rolle über {role} und führe dann `/gate setup` erneut aus.",
    ),
    (
        "gate.role.invoker_no_manage_roles",
        "Du brauchst selbst die Berechtigung **Rollen verwalten**, um die Rolle der Verifizierung festzulegen.",
    ),
    (
        "gate.role.invoker_too_low",
        "{role} liegt über (oder gleichauf mit) deiner höchsten Rolle, also darfst du sie nicht vergeben – und die Verifizierung auch nicht in deinem Namen. Frag jemanden mit einer höheren Rolle.",
    ),
    (
        "gate.setup_done",
        "✅ Die Verifizierung ist eingerichtet. Wer sich verifiziert, bekommt {role}. Log-Kanal: {log}. Anleitung beim Beitritt: {guide}.\nAls Nächstes: Poste den Verifizieren-Button mit `/gate panel`.",
    ),
    (
        "gate.setup_members_intent",
        "⚠️ Die Anleitung beim Beitritt ist an, aber dieser Bot wurde ohne den Server Members Intent gestartet und merkt deshalb nicht, wenn Mitglieder beitreten. Wer den Bot betreibt, kann ihn einschalten: siehe README („Guide on join“).",
    ),
    ("gate.none", "keiner"),
    ("gate.on", "an"),
    ("gate.off", "aus"),
    (
        "gate.panel_posted",
        "✅ Das Verifizierungs-Panel ist jetzt in {channel}.",
    ),
    (
        "gate.panel_forbidden",
        "Ich kann in {channel} nicht posten. Gib meiner Rolle dort **Kanal ansehen** und **Nachrichten senden** und versuch es dann noch einmal.",
    ),
    ("gate.unlocked", "🔓 {user} kann wieder Codes eingeben."),
    (
        "gate.revoked",
        "{role} wurde von {user} entfernt. Mit `/verifizieren` kann sich das Mitglied erneut verifizieren.",
    ),
    (
        "gate.reset_done",
        "{user} wurde zurückgesetzt: Authenticator-App und Backup-Codes sind gelöscht, und die Rolle wird entfernt. {note}",
    ),
    (
        "gate.reset_told",
        "Das Mitglied wurde per Direktnachricht informiert.",
    ),
    (
        "gate.reset_not_told",
        "Ich konnte keine Direktnachricht schicken (die DMs sind geschlossen), bitte sag dem Mitglied selbst Bescheid.",
    ),
    (
        "gate.reset_dm",
        "Ein Moderator von **{server}** hat deine Zwei-Faktor-Einrichtung dort zurückgesetzt (Grund: {reason}). Dein alter Eintrag in der Authenticator-App und deine Backup-Codes funktionieren nicht mehr. Nutze `/verifizieren` auf dem Server, um alles neu einzurichten.",
    ),
    (
        "gate.stats",
        "**Eingerichtete Mitglieder:** {enrolled}\n**Laufende Einrichtungen:** {pending}\n**Gerade verifiziert:** {verified}\n**Gerade gesperrt:** {locked}\n**Ausstehende Rollenänderungen:** {waiting}",
    ),
    ("gate.audit_empty", "Das Protokoll ist leer."),
    (
        "gate.config",
        "**Rolle nach Verifizierung:** {role}\n**Log-Kanal:** {log}\n**Anleitung beim Beitritt:** {guide}",
    ),
    (
        "gate.config_no_role",
        "nicht festgelegt (nutze `/gate setup`)",
    ),
    // The walkthrough of Discord's own two-factor authentication
    (
        "guide.sent_dm",
        "📬 Ich habe dir die Anleitung per Direktnachricht geschickt.",
    ),
    (
        "guide.dm_closed",
        "Ich konnte dir keine Direktnachricht schicken, weil deine DMs für diesen Server geschlossen sind, deshalb kommt die Anleitung hier. So erlaubst du DMs: Öffne das Servermenü (der Servername ganz oben), dann **Privatsphäreeinstellungen** (bei manchen Versionen: Rechtsklick aufs Server-Icon → Privatsphäreeinstellungen) und schalte **Direktnachrichten** ein.",
    ),
    ("guide.page_of", "Seite {page} von {total}"),
    ("guide.back.button", "Zurück"),
    ("guide.next.button", "Weiter"),
    ("guide.done.button", "Fertig"),
    (
        "guide.finished",
        "👍 Das war die ganze Anleitung. Mit `/2fa anleitung` kannst du sie jederzeit noch einmal lesen.",
    ),
    (
        "guide.1.title",
        "Warum Zwei-Faktor-Authentifizierung wichtig ist",
    ),
    (
        "guide.1.body",
        "Dein Passwort allein reicht nicht. Auf Discord werden ständig gestohlene Passwörter ausprobiert, und **Token-Grabber-Malware** (oft versteckt in „Gratis-Nitro“, Game-Cheats oder gefälschter Software) kopiert deine eingeloggte Discord-Sitzung, sodass der Dieb dein Passwort gar nicht erst braucht.\n\nDie Zwei-Faktor-Authentifizierung (2FA) fügt einen zweiten Schritt hinzu: einen 6-stelligen Code aus einer App auf deinem Handy, der sich alle 30 Sekunden ändert. Wer dein Passwort hat, kommt ohne dein Handy trotzdem nicht rein.\n\nAuf den nächsten Seiten erfährst du, wie du 2FA einschaltest, wie du deine Backup-Codes sicher aufbewahrst und was du tust, wenn du dein Handy verlierst.",
    ),
    (
        "guide.2.title",
        "Authenticator-App einschalten (Computer oder Browser)",
    ),
    (
        "guide.2.body",
        "1. Installiere eine Authenticator-App auf deinem Handy: Google Authenticator, Microsoft Authenticator, Aegis, 2FAS oder einen Passwortmanager, der Codes anzeigt.\n2. Öffne in Discord die **Benutzereinstellungen** (das Zahnrad neben deinem Namen) → **Mein Account**.\n3. Klick auf **Enable Authenticator App**. Deine E-Mail-Adresse muss vorher bestätigt sein.\n4. Gib dein Discord-Passwort ein und scanne dann den QR-Code mit deiner App (oder tippe den Schlüssel darunter ein).\n5. Gib den 6-stelligen Code aus der App ein. Fertig: 2FA ist an.",
    ),
    ("guide.3.title", "Authenticator-App einschalten (Handy)"),
    (
        "guide.3.body",
        "1. Installiere eine Authenticator-App (siehe vorige Seite).\n2. Tippe in der Discord-App auf dein Profilbild, dann auf das Zahnrad (**Einstellungen**) → **Account**.\n3. Tippe auf **Enable Authenticator App** und gib dein Passwort ein.\n4. Auf demselben Handy kannst du deinen eigenen Bildschirm nicht scannen: Kopiere den **Schlüssel**, den Discord anzeigt, und füge ihn in deine Authenticator-App ein („Einrichtungsschlüssel eingeben“).\n5. Geh zurück zu Discord und gib den 6-stelligen Code aus der App ein.",
    ),
    ("guide.4.title", "SMS als Reserve"),
    (
        "guide.4.body",
        "Sobald die Authenticator-App eingerichtet ist, kannst du deine Handynummer als Reserve hinzufügen: **Benutzereinstellungen → Mein Account → Enable SMS**. Discord kann dir dann per SMS einen Code schicken, wenn du die App gerade nicht zur Hand hast.\n\nSMS ist unsicherer als eine App (Telefonnummern können per „SIM-Swap“ gestohlen werden), also nutze die App als Hauptmethode und SMS nur als Ersatz.",
    ),
    ("guide.5.title", "Sicherheitsschlüssel und Passkeys"),
    (
        "guide.5.body",
        "Auch ein **Sicherheitsschlüssel** (ein kleiner USB- oder NFC-Schlüssel wie ein YubiKey) oder ein **Passkey** (gespeichert auf deinem Handy oder Computer und entsperrt mit Fingerabdruck, Gesicht oder PIN) kann dein zweiter Schritt sein, und beide lassen sich nicht per Phishing abgreifen.\n\nFüge einen unter **Benutzereinstellungen → Mein Account → Sicherheitsschlüssel** hinzu. Behalte trotzdem deine Authenticator-App und deine Backup-Codes, falls der Schlüssel verloren geht.",
    ),
    ("guide.6.title", "Discords Backup-Codes speichern"),
    (
        "guide.6.body",
        "Mit Backup-Codes kommst du in deinen Account, wenn du dein Handy verlierst. Jeder hat 8 Zeichen und sieht so aus: `XXXX-XXXX`.\n\n1. Öffne **Benutzereinstellungen → Mein Account → View Backup Codes**.\n2. Gib dein Passwort ein und dann den Bestätigungsschlüssel, den Discord dir per E-Mail schickt.\n3. Speichere die Codes: Druck sie aus oder bewahre sie in einem Passwortmanager auf.\n\n⚠️ Wenn du sie herunterlädst, heißt die Datei `discord_backup_codes.txt`. Malware, die Tokens stiehlt, sucht genau nach diesem Dateinamen, also **verschieb die Datei aus deinem Downloads-Ordner** (oder druck sie aus und lösch sie).\n\n**Generate new codes** erstellt einen neuen Satz; die alten funktionieren dann sofort nicht mehr.",
    ),
    ("guide.7.title", "Mit einem Backup-Code anmelden"),
    (
        "guide.7.body",
        "Handy verloren? Melde dich wie gewohnt mit E-Mail und Passwort an. Wenn Discord nach dem 6-stelligen Code fragt, wähle **Verify with something else**, dann **Use a backup code**, und gib einen deiner gespeicherten Codes ein.\n\nSobald du drin bist, richte 2FA auf deinem neuen Handy ein und erstelle neue Backup-Codes.",
    ),
    ("guide.8.title", "Fragen"),
    (
        "guide.8.body",
        "**Kann ich einen Backup-Code mehrmals nutzen?** Nein. Jeder Code funktioniert nur einmal; streich ihn nach der Benutzung durch.\n\n**Wie viele habe ich noch?** Öffne **View Backup Codes**, dann siehst du deine Codes und welche du schon benutzt hast. Wenn sie knapp werden, klick auf **Generate new codes**.\n\n**Ich habe alle verbraucht.** Wenn du irgendwo noch eingeloggt bist, öffne **View Backup Codes** und erstelle sofort einen neuen Satz.\n\n**Ich habe mein Handy und meine Codes verloren.** Dann kann der Discord-Support 2FA nicht für dich entfernen, und der Account lässt sich nicht wiederherstellen. Deshalb ist es so wichtig, deine Backup-Codes sicher aufzubewahren.",
    ),
    ("guide.9.title", "Die eigene Verifizierung dieses Servers"),
    (
        "guide.9.body",
        "Discords 2FA schützt deine **Anmeldung**. Wenn Malware aber deine eingeloggte Sitzung stiehlt, ist der Dieb schon an der Anmeldung vorbei.\n\nDeshalb hat dieser Server eine eigene Sperre: `/verifizieren` fragt nach einem Code aus einer Authenticator-App auf deinem Handy, bevor du Zugang bekommst. Wer nur eine gestohlene Sitzung hat, kann diesen Code trotzdem nicht erzeugen.\n\nDas ist ein **eigener Eintrag** in deiner Authenticator-App, eingerichtet mit dem QR-Code dieses Servers und mit eigenen Backup-Codes. Er ersetzt Discords 2FA nicht: Nutze beides.",
    ),
    // On join (sent in the server's language)
    (
        "join.dm",
        "👋 Willkommen auf **{server}**! Wenn dein Discord-Account sicher ist, ist auch diese Community sicherer. Hier ist eine kurze Anleitung, wie du die Zwei-Faktor-Authentifizierung einschaltest.",
    ),
];
