//! Dutch (nl).
//! Informal "je", as Discord itself uses in Dutch; Discord's own labels as Discord shows them in Dutch, or in English.

use crate::guide::catalogue::Key;

pub fn text(key: Key) -> &'static str {
    match key {
        // Errors and refusals
        Key::ReplySomethingWentWrong => {
            "Er ging aan onze kant iets mis. Probeer het zo nog eens; blijft het gebeuren, laat het dan een moderator weten."
        }
        Key::ReplyDatabaseDown => {
            "Keygate kan zijn database nu niet bereiken. Probeer het straks nog eens."
        }
        Key::ReplyNotConfigured => {
            "Deze server heeft zijn verificatiepoort nog niet ingesteld. Een moderator kan dat doen met `/gate instellen`."
        }
        Key::ReplyNotAGate => {
            "{role} is geen poort (meer) van deze server. Gebruik `/verifieer` om te zien voor welke rollen je je kunt verifiëren."
        }
        Key::ReplyNotEligible => {
            "Alleen leden met {needs} kunnen door de poort voor {role}, en jij hebt die niet. Er is niets tegen je meegeteld. Denk je dat je die wel zou moeten hebben, vraag het dan aan een moderator."
        }
        Key::ReplyNoGateOpen => {
            "De poorten van deze server zijn alleen voor leden met een van deze rollen: {roles}. Je hebt er geen, dus hier valt voor jou niets te verifiëren. Er is niets tegen je meegeteld."
        }
        Key::ReplyNotEnrolled => {
            "Je hebt nog geen authenticator-app ingesteld voor deze server. Gebruik `/verifieer` om te beginnen."
        }
        Key::ReplyAlreadyEnrolled => {
            "Je hebt hier al een authenticator-app ingesteld. Gebruik `/verifieer` en voer de 6-cijferige code in die de app toont."
        }
        Key::ReplyEnrollmentExpired => {
            "Het instellen duurde langer dan 15 minuten en is daarom voor je veiligheid verlopen. Gebruik `/verifieer` om opnieuw te beginnen met een nieuwe QR-code."
        }
        Key::ReplyNeedsAuthenticator => {
            "Gebruik hiervoor de 6-cijferige code uit je authenticator-app, geen back-upcode. Back-upcodes zijn om binnen te komen als je telefoon kwijt is; voor het wijzigen van je instelling is de telefoon zelf nodig, want wie je Discord-sessie steelt, heeft misschien ook je opgeslagen back-upcodes."
        }
        Key::ReplyNotACode => {
            "Dat is geen geldige code. Voer de 6 cijfers in die je authenticator-app nu toont (bijvoorbeeld `123456`), of een van je back-upcodes (zoals `1ABC-DEFG-HJKM-NPQR`)."
        }
        Key::ReplyWrongCode => {
            "Die code klopt niet. Controleer of je in je authenticator-app naar de vermelding voor deze server kijkt, en typ de code die er nu staat."
        }
        Key::ReplyReplayed => {
            "Die code is al gebruikt en werkt dus niet nog een keer. Wacht tot je app een nieuwe code toont (ze veranderen elke 30 seconden). Heb je hem niet zelf gebruikt, laat het dan een moderator weten: misschien heeft iemand hem gezien."
        }
        Key::ReplyLockedUntil => {
            "Te veel verkeerde codes. Voor je veiligheid is verifiëren gepauzeerd tot {when}. Probeer het dan opnieuw."
        }
        Key::ReplyLockedUntilUnlocked => {
            "Te veel verkeerde codes: verifiëren is hier voor je account geblokkeerd tot een moderator het vrijgeeft."
        }
        Key::ReplyGuildOnly => "Keygate werkt binnen een server. Gebruik deze opdracht daar.",
        Key::ReplyStaleForm => "Dit formulier is verouderd. Voer de opdracht opnieuw uit.",
        Key::ReplyOnlyModerators => {
            "Alleen moderators kunnen `/gate` gebruiken (daarvoor is de machtiging **Server beheren** nodig)."
        }
        Key::ReplyNotVerified => "Dat lid is nu niet geverifieerd.",
        Key::ReplyBadArgument => {
            "Die optie kon ik niet lezen. Kies hem uit de lijst die Discord toont en probeer het opnieuw."
        }
        Key::ReplyNotLocked => "Dat lid is niet geblokkeerd.",
        Key::ReplyBusy => {
            "Er loopt nog een andere controle van je code. Wacht even en probeer het dan opnieuw."
        }
        Key::ReplyTooManySetups => {
            "Je bent het afgelopen uur 3 keer begonnen met het instellen van een authenticator-app. Voor je veiligheid kun je vanaf {when} opnieuw beginnen."
        }
        Key::ReplyTooManyRemovals => {
            "Je hebt je authenticator-instelling hier vandaag 3 keer verwijderd. Voor je veiligheid kun je hem vanaf {when} weer verwijderen."
        }
        Key::ReplyTooManyBackupCodeSets => {
            "Je hebt vandaag 3 nieuwe sets back-upcodes gemaakt. Voor je veiligheid kun je vanaf {when} weer een nieuwe set maken. Je huidige codes blijven werken."
        }
        // Enrollment
        Key::ReplyNeedsDiscord2fa => {
            "De poort voor {role} is alleen voor leden bij wie tweestapsverificatie (2FA) aanstaat op hun eigen Discord-account. Keygate heeft die van jou de afgelopen 30 dagen niet aan gezien, dus er is niets tegen je meegeteld.\n\nDruk op de knop om het in je browser te laten zien (dat duurt een minuut) en probeer het dan opnieuw. Staat 2FA uit, dan laat de pagina zien hoe je het aanzet."
        }
        Key::EnrollInstructions => {
            "**Stel je authenticator-app in** (alleen jij ziet dit bericht)\n1. Heb je er nog geen, installeer dan een authenticator-app op je telefoon: Google Authenticator, Microsoft Authenticator, Aegis, 2FAS of een wachtwoordmanager die codes ondersteunt.\n2. Tik in de app op **+** en scan de QR-code hieronder. Geen camera? Kies “Een configuratiesleutel invoeren” en typ:\n`{key}`\n3. De app toont nu een 6-cijferige code die elke 30 seconden verandert. Druk op **Code invoeren** en typ hem in.\n\nDeze instelling verloopt op {expires}. Deel deze QR-code of sleutel nooit: wie ze heeft, kan jouw codes maken."
        }
        Key::EnrollEnterCodeButton => "Code invoeren",
        Key::PickGatePrompt => {
            "Voor welke rol wil je je verifiëren? Kies er hieronder een (alleen jij ziet dit)."
        }
        Key::PickGatePlaceholder => "Kies een rol",
        Key::ConfirmModalTitle => "Bevestig je authenticator-app",
        Key::VerifyModalTitle => "Bevestig dat jij het bent",
        Key::BackupCodesModalTitle => "Nieuwe back-upcodes",
        Key::RemoveModalTitle => "Verwijder je authenticator-app",
        Key::CodeInputLabel => "6-cijferige code uit je app",
        Key::CodeOrBackupInputLabel => "Code uit je app, of een back-upcode",
        Key::BackupCodesFirstTime => {
            "✅ **Je authenticator-app is ingesteld.**\n\nHier zijn je **back-upcodes**. Als je je telefoon kwijtraakt, werkt elk ervan één keer in plaats van een 6-cijferige code. Bewaar ze nu (het bestand hieronder, een wachtwoordmanager of op papier): ze worden nooit meer getoond."
        }
        Key::BackupCodesRenewed => {
            "🔑 **Je nieuwe back-upcodes.** Je oude codes werken vanaf nu niet meer. Bewaar deze nu: ze worden nooit meer getoond."
        }
        Key::BackupCodesFileIntro => {
            "Keygate-back-upcodes voor de Discord-server “{server}”\nElke code werkt één keer, in plaats van de 6-cijferige code uit je authenticator-app.\nBewaar dit bestand op een veilige, privé plek (een wachtwoordmanager, of afgedrukt op papier)."
        }
        // Verification
        Key::VerifiedAuthenticator => "✅ Geverifieerd met je authenticator-app.",
        Key::VerifiedBackup => {
            "✅ Geverifieerd met een back-upcode. Die code is nu opgebruikt; er zijn er nog {remaining} over."
        }
        Key::VerifiedBackupLow => {
            "✅ Geverifieerd met een back-upcode. ⚠️ Nog maar {remaining} back-upcode(s) over: gebruik `/2fa back-upcodes` om een nieuwe set te maken."
        }
        Key::RoleGranted => "Je rol is toegevoegd. Welkom!",
        Key::RolePending => "Je rol komt eraan; het kan een minuut duren voordat hij verschijnt.",
        Key::RoleForbidden => {
            "Je bent geverifieerd, maar ik kon je de rol {role} niet geven: Discord weigerde het (ik mis de machtiging Rollen beheren, of mijn rol staat onder die rol). De moderators zijn op de hoogte gebracht; je krijgt de rol zodra zij het hebben opgelost."
        }
        Key::RoleOwnerNeeds2fa => {
            "Je bent geverifieerd, maar ik kan je de rol {role} nog niet geven: deze server vereist tweestapsverificatie (2FA) voor moderatie, en de persoon die eigenaar is van de Keygate-bot heeft 2FA niet aangezet op het eigen Discord-account. De moderators zijn op de hoogte gebracht; je krijgt de rol zodra dat is opgelost."
        }
        Key::RoleGone => {
            "Je bent geverifieerd, maar de rol kon niet worden toegevoegd: volgens Discord zit je niet meer in deze server, of de rol is verwijderd. Ben je er nog wel, laat het dan een moderator weten."
        }
        Key::RoleFailed => {
            "Je bent geverifieerd, maar Discord weigerde de rol toe te voegen. De moderators zijn op de hoogte gebracht."
        }
        Key::RoleTimed => {
            "⏳ Je hebt {role} tot {when}. Ben je klaar, druk dan op **Nu beëindigen** om de rol eerder op te geven."
        }
        Key::EndNowButton => "Nu beëindigen",
        Key::RoleEnded => {
            "Klaar: {role} wordt verwijderd. Gebruik `/verifieer` als je de rol weer nodig hebt."
        }
        Key::RoleEndNotHeld => {
            "Je hebt {role} niet meer via de poort, dus er is niets te beëindigen."
        }
        Key::RoleNotEligible => {
            "Je code was goed, maar je hebt de rol die de poort voor {role} vereist niet meer, dus ik heb je {role} niet gegeven. Is dat een vergissing, vraag het dan aan een moderator."
        }
        Key::RoleDangerous => {
            "Je code was goed, maar ik heb je {role} niet gegeven: die rol heeft nu krachtige moderatormachtigingen en deze poort laat elk lid door. De moderators zijn op de hoogte gebracht."
        }
        Key::RoleSuperseded => {
            "Je rol is toch niet toegevoegd: een latere wijziging heeft dat vervangen (een moderator heeft de rol verwijderd, of de tijd ervan is voorbij). Gebruik `/verifieer` opnieuw als je de rol nog nodig hebt."
        }
        Key::Removed => {
            "Klaar: je authenticator en back-upcodes voor deze server zijn verwijderd, en de geverifieerde rol wordt weggehaald. Gebruik `/verifieer` wanneer je wilt om alles opnieuw in te stellen."
        }
        // Status
        Key::StatusBody => {
            "**Authenticator:** {enrollment}\n**Rollen via de poort:** {verified}\n**Resterende back-upcodes:** {codes}\n**Blokkade:** {lockout}\n**Laatste verificatie:** {last}"
        }
        Key::StatusEnrollmentNone => "niet ingesteld",
        Key::StatusEnrollmentPending => {
            "instellen gestart, wacht op de eerste code (verloopt op {when})"
        }
        Key::StatusEnrollmentExpired => "instellen verlopen voordat het klaar was",
        Key::StatusEnrollmentConfirmed => "ingesteld op {when}",
        Key::StatusYes => "ja",
        Key::StatusNo => "nee",
        Key::StatusHeldUntil => "{role} tot {when}",
        Key::StatusHeldReverify => "{role} (opnieuw verifiëren vóór {when})",
        Key::StatusLockoutNone => "geen",
        Key::StatusLockoutUntil => "geblokkeerd tot {when}",
        Key::StatusLockoutModerator => "geblokkeerd tot een moderator het vrijgeeft",
        Key::StatusNever => "nooit",
        // The verification panel (posted in the server's language)
        Key::PanelBody => {
            "🔐 **Verificatie**\nDeze server vraagt leden om met een code uit een authenticator-app te bewijzen dat zij het echt zijn, voordat ze toegang krijgen. Druk op **Verifiëren** om te beginnen (de eerste keer duurt het ongeveer een minuut).\nNieuw met tweestapsverificatie? Druk op **2FA-handleiding**."
        }
        Key::PanelVerifyButton => "Verifiëren",
        Key::PanelGuideButton => "2FA-handleiding",
        // Moderator replies
        Key::GateRoleProblem => "Die rol kan ik nog niet gebruiken. {problem}",
        Key::GateRoleEveryone => {
            "Dat is de rol @everyone, die elk lid al heeft. Maak een rol zoals “Geverifieerd” en kies die in plaats daarvan."
        }
        Key::GateRoleManaged => {
            "{role} wordt beheerd door een integratie (een bot of een abonnement), dus niemand kan die rol met de hand geven. Maak een gewone rol zoals “Geverifieerd” en kies die in plaats daarvan."
        }
        Key::GateRoleNoManageRoles => {
            "Ik heb de machtiging **Rollen beheren** niet, dus ik kon de rol niet geven. Geef mijn rol de machtiging Rollen beheren in Serverinstellingen → Rollen en voer daarna `/gate instellen` opnieuw uit."
        }
        Key::GateRoleTooHigh => {
            "{role} staat boven (of gelijk met) mijn hoogste rol, en Discord laat me alleen rollen onder de mijne geven. Sleep in Serverinstellingen → Rollen mijn rol boven {role} en voer daarna `/gate instellen` opnieuw uit."
        }
        Key::GateRoleInvokerNoManageRoles => {
            "Je hebt zelf de machtiging **Rollen beheren** nodig om de rol te kiezen die de poort uitdeelt."
        }
        Key::GateRoleInvokerTooLow => {
            "{role} staat boven (of gelijk met) je eigen hoogste rol, dus je kunt die rol zelf niet uitdelen, en de poort ook niet namens jou. Vraag het aan iemand met een hogere rol."
        }
        Key::GateSetupDone => {
            "✅ Poort opgeslagen: {gate}.\n{settings}\nVolgende stap: plaats de knop Verifiëren met `/gate paneel`."
        }
        Key::GateSetupMembersIntent => {
            "⚠️ De handleiding bij binnenkomst staat aan, maar deze bot is gestart zonder de Server Members-intent, dus hij ziet niet wanneer leden binnenkomen. Wie de bot beheert, kan die aanzetten: zie de README (“Guide on join”)."
        }
        Key::GateSetupOwnerNeeds2fa => {
            "⚠️ Deze server vereist 2FA voor moderatieacties, en het account dat eigenaar is van de Keygate-applicatie heeft 2FA niet aangezet, dus Discord weigert elke rol die Keygate geeft of afneemt. De eigenaar van de Keygate-applicatie moet 2FA aanzetten (Discord: Gebruikersinstellingen → Mijn account); niets anders lost dit op."
        }
        Key::GateSetupLogChannelRefused => {
            "⚠️ Ik kon niet posten in het logkanaal {channel}: Discord weigerde het. Geef mijn rol daar **Kanalen bekijken** en **Berichten versturen** en voer daarna `/gate instellen` opnieuw uit; tot die tijd probeer ik het maar eens per 15 minuten, en logregels daartussen gaan verloren."
        }
        Key::ReplyServerPaused => {
            "⏸️ Discord heeft de afgelopen minuten te veel van mijn verzoeken in deze server geweigerd (een kanaal waarin ik niet mag posten, of rollen die ik niet mag geven), dus ik houd me hier voorlopig in. Los dat op en probeer het over ongeveer 10 minuten opnieuw."
        }
        Key::GateSetupEligibleWithoutIntent => {
            "ℹ️ Deze bot draait zonder de Server Members-intent en ziet dus geen rolwijzigingen: wie de vereiste rol verliest, verliest de rol van deze poort pas bij de volgende `/verifieer`, bij het verlopen of opnieuw verifiëren van de rol, of vóór een nieuwe toekenning, niet meteen. De beheerder van de bot kan de intent aanzetten (zie de README)."
        }
        Key::GateLastsAndReverify => {
            "Een poort kan niet zowel `lasts` als `reverify_every` hebben: een tijdelijke rol wordt toch al verwijderd als de tijd om is. Houd er één (zet de andere op `off`) en probeer het opnieuw."
        }
        Key::GateModeratorCodeEnrollFirst => {
            "Stel hier eerst je eigen authenticator-app in met `/verifieer` voordat je `moderator_code` aanzet: vanaf dan vragen moderatoropdrachten om de code ervan, en zonder die app sluit je jezelf buiten."
        }
        Key::GateTooManyGates => {
            "Deze server heeft al {max} poorten, het maximum dat Keygate toestaat. Beëindig er eerst een met `/gate stoppen` en probeer het dan opnieuw."
        }
        Key::GateDropped => {
            "Klaar: Keygate bewaakt {role} niet meer. Leden die de rol hebben, houden hem (een tijdelijke wordt nog steeds op het geplande moment verwijderd)."
        }
        Key::GateNotAGate => {
            "{role} is hier geen poort. `/gate instellingen` toont de poorten van deze server."
        }
        Key::GateDangerous => {
            "⚠️ {role} heeft krachtige machtigingen: {permissions}. Zonder `eligible` zou elk lid dat een authenticator-app instelt die krijgen. Voeg `eligible:` toe met de rol die door mag (bijvoorbeeld `eligible:@Moderator`), of haal die machtigingen weg bij {role} (in de instellingen van de rol en in kanaaluitzonderingen) en probeer het opnieuw."
        }
        Key::PermAdministrator => "Beheerder",
        Key::PermManageServer => "Server beheren",
        Key::PermManageRoles => "Rollen beheren",
        Key::PermManageChannels => "Kanalen beheren",
        Key::PermManageWebhooks => "Webhooks beheren",
        Key::PermBanMembers => "Leden verbannen",
        Key::PermKickMembers => "Leden verwijderen",
        Key::PermTimeoutMembers => "Leden een time-out geven",
        Key::PermManageMessages => "Berichten beheren",
        Key::PermMentionEveryone => "@everyone, @here en alle rollen vermelden",
        Key::GateDurationUnreadable => {
            "Ik kan `{value}` niet lezen als tijdsduur voor `{option}`. Schrijf het als `90m`, `1h`, `12h` of `7d` (van {min} tot {max}), of `off` om het te wissen."
        }
        Key::GateDurationOutOfRange => {
            "`{option}` moet tussen {min} en {max} liggen; `{value}` valt daarbuiten. Kies een duur binnen dat bereik, of `off` om het te wissen."
        }
        Key::GateEligibleEveryone => {
            "`eligible` kan niet @everyone zijn: elk lid heeft die rol, dus het zou niet beperken wie door de poort voor {role} komt. Kies de rol die leden al moeten hebben (bijvoorbeeld @Moderator), of laat `eligible` weg."
        }
        Key::GateEligibleSelf => {
            "`eligible` kan niet {role} zelf zijn: alleen wie die rol al heeft, zou erdoor kunnen, dus er zou nooit iemand nieuw bij komen. Kies een andere rol (bijvoorbeeld @Moderator voor een poort op @Moderator (actief))."
        }
        Key::GateEligibleOpenGate => {
            "`eligible` kan niet {eligible} zijn: elk lid kan die rol via de eigen poort ervan krijgen, dus het zou niet beperken wie door de poort voor {role} komt. Kies een rol die moderators met de hand geven (bijvoorbeeld @Moderator)."
        }
        Key::StepUpModalTitle => "Moderatorcontrole: je code",
        Key::StepUpEnrollFirst => {
            "Deze server vraagt moderators vóór deze opdracht om een code uit hun authenticator-app, en je hebt hier nog geen app ingesteld. Gebruik `/verifieer` om hem in te stellen en probeer het dan opnieuw."
        }
        Key::StepUpExpired => {
            "Die controle is verlopen (hij geldt 5 minuten) of is al gebruikt. Voer de opdracht opnieuw uit."
        }
        Key::StepUpNotDone => {
            "De opdracht is niet uitgevoerd. Voer hem opnieuw uit zodra je een nieuwe code hebt."
        }
        Key::GateNone => "geen",
        Key::GateOn => "aan",
        Key::GateOff => "uit",
        Key::GateRuleEveryone => "elk lid mag door",
        Key::GateRuleEligible => "alleen leden met {role}",
        Key::GateRulePermanent => "blijft voorgoed",
        Key::GateRuleLasts => "wordt {period} na elke doorgang verwijderd",
        Key::GateRuleReverify => {
            "wordt verwijderd als het lid niet elke {period} opnieuw door de poort gaat"
        }
        Key::GateDiscord2faNeedsWeb => {
            "`discord_2fa` heeft de browsercontrole van Discord-2FA nodig, en die staat voor deze bot niet aan, dus geen enkel lid zou door die poort kunnen. Er is niets gewijzigd. De beheerder van de bot kan hem aanzetten: zie de README (“Confirming Discord's own 2FA in the browser”)."
        }
        Key::GateRuleDiscord2fa => "Discord-2FA bevestigd binnen 30 dagen",
        Key::GateSettings => {
            "Logkanaal: {log}. Handleiding bij binnenkomst: {guide}. Moderatorcode: {code}."
        }
        Key::GateSettingsDiscord2faRole => {
            "Leden bij wie `/2fa controleer` de eigen Discord-2FA aan vond, krijgen {role}; een latere controle die hem uit vindt, haalt die rol weer weg."
        }
        Key::GateDiscord2faRoleIsAGate => {
            "{role} is een van de poorten van deze server, dus Keygate geeft die rol na een code. Kies een andere rol voor leden met Discord-2FA, of beëindig die poort eerst met `/gate stoppen`."
        }
        Key::GateRoleIsDiscord2faRole => {
            "{role} is de rol die Keygate zonder code geeft aan leden met Discord-2FA (`discord_2fa_role`), dus die rol kan niet ook een poort zijn. Stop daar eerst mee met `/gate stoppen role:{role}`, of kies een andere rol voor de poort."
        }
        Key::GatePanelPosted => "✅ Het verificatiepaneel is geplaatst in {channel}.",
        Key::GatePanelForbidden => {
            "Ik kan niet posten in {channel}. Geef mijn rol daar **Kanalen bekijken** en **Berichten versturen** en probeer het dan opnieuw."
        }
        Key::GateChannelNotHere => {
            "{channel} hoort niet bij deze server. Kies een kanaal van deze server en probeer het opnieuw."
        }
        Key::GateTargetThemselves => {
            "Dit kun je niet bij jezelf doen: een andere moderator moet het doen. Zo kan iemand die de sessie van een moderator steelt, de eigen tweede factor van die moderator niet resetten of vrijgeven."
        }
        Key::GateTargetNotBelow => {
            "{user} heeft een rol op of boven je hoogste rol, dus je kunt dit niet bij die persoon doen. Vraag het aan iemand met een hogere rol."
        }
        Key::GateUnlocked => "🔓 {user} kan weer codes proberen.",
        Key::GateRevoked => {
            "{role} is weggehaald bij {user}. Die kan zich opnieuw verifiëren met `/verifieer`."
        }
        Key::GateResetDone => {
            "{user} is gereset: de authenticator en back-upcodes zijn verwijderd en de rol wordt weggehaald. {note}"
        }
        Key::GateResetTold => "Het lid is ingelicht met een direct bericht.",
        Key::GateResetNotTold => {
            "Ik kon het lid geen direct bericht sturen (de directe berichten staan dicht), dus laat het die persoon alsjeblieft zelf weten."
        }
        Key::GateResetDm => {
            "Een moderator van **{server}** heeft daar je instelling voor tweestapsverificatie gereset (reden: `{reason}`). Je oude vermelding in de authenticator-app en je back-upcodes werken niet meer. Gebruik `/verifieer` in de server om alles opnieuw in te stellen."
        }
        Key::GateStats => {
            "**Ingeschreven leden:** {enrolled}\n**Lopende instellingen:** {pending}\n**Nu geverifieerd:** {verified}\n**Nu geblokkeerd:** {locked}\n**Wachtende rolwijzigingen:** {waiting}"
        }
        Key::GateAuditEmpty => "Het auditlogboek is leeg.",
        Key::GateConfig => "**Poorten** ({count} van {max}):\n{gates}\n{settings}",
        Key::GateConfigNoGates => "nog geen (voeg er een toe met `/gate instellen`)",
        // The walkthrough of Discord's own two-factor authentication
        Key::GuideSentDm => "📬 Ik heb je de handleiding in een direct bericht gestuurd.",
        Key::GuideDmClosed => {
            "Ik kon je geen direct bericht sturen, omdat je directe berichten voor deze server dicht staan, dus hier is de handleiding. Zo sta je directe berichten toe: open het servermenu (de servernaam bovenaan), dan **Privacy-instellingen** (in sommige versies: rechtsklik op het serverpictogram → Privacy-instellingen) en zet **Directe berichten** aan."
        }
        Key::GuidePageOf => "Pagina {page} van {total}",
        Key::GuideBackButton => "Terug",
        Key::GuideNextButton => "Volgende",
        Key::GuideDoneButton => "Klaar",
        Key::GuideFinished => {
            "👍 Dat was de hele handleiding. Gebruik `/2fa handleiding` wanneer je wilt om hem nog eens te lezen."
        }
        Key::Guide1Title => "Waarom tweestapsverificatie belangrijk is",
        Key::Guide1Body => {
            "Je wachtwoord is niet genoeg. Op Discord worden voortdurend gestolen wachtwoorden uitgeprobeerd, en **malware die tokens steelt** (vaak verstopt in “gratis Nitro”, cheats voor games of nepsoftware) kopieert je ingelogde Discord-sessie, zodat de dief je wachtwoord niet eens nodig heeft.\n\nTweestapsverificatie (2FA) voegt een tweede stap toe: een 6-cijferige code uit een app op je telefoon die elke 30 seconden verandert. Wie je wachtwoord heeft, kan zonder je telefoon nog steeds niet inloggen.\n\nDe volgende pagina's laten zien hoe je het aanzet, hoe je je back-upcodes veilig bewaart en wat je doet als je je telefoon kwijtraakt."
        }
        Key::Guide2Title => "Zet een authenticator-app aan (computer of browser)",
        Key::Guide2Body => {
            "1. Installeer een authenticator-app op je telefoon: Google Authenticator, Microsoft Authenticator, Aegis, 2FAS of een wachtwoordmanager die codes toont.\n2. Open in Discord **Gebruikersinstellingen** (het tandwiel naast je naam) → **Mijn account**.\n3. Druk op **Enable Authenticator App**. Je e-mailadres moet eerst geverifieerd zijn.\n4. Voer je Discord-wachtwoord in en scan daarna de QR-code met je app (of typ de sleutel die eronder staat).\n5. Typ de 6-cijferige code die de app toont. Klaar: 2FA staat aan."
        }
        Key::Guide3Title => "Zet een authenticator-app aan (telefoon)",
        Key::Guide3Body => {
            "1. Installeer een authenticator-app (zie de vorige pagina).\n2. Tik in de Discord-app op je profielfoto en dan op het tandwiel (**Instellingen**) → **Account**.\n3. Tik op **Enable Authenticator App** en voer je wachtwoord in.\n4. Op dezelfde telefoon kun je je eigen scherm niet scannen: kopieer de **sleutel** die Discord toont en plak die in je authenticator-app (“Een configuratiesleutel invoeren”).\n5. Ga terug naar Discord en typ de 6-cijferige code die de app toont."
        }
        Key::Guide4Title => "Sms als reserve",
        Key::Guide4Body => {
            "Zodra de authenticator-app aanstaat, kun je je telefoonnummer als reserve toevoegen: **Gebruikersinstellingen → Mijn account → Enable SMS**. Discord kan je dan een code sms'en als je de app niet bij de hand hebt.\n\nSms is zwakker dan een app (telefoonnummers kunnen worden gestolen met een “simswap”), dus houd de app als je hoofdmethode en gebruik sms alleen als reserve."
        }
        Key::Guide5Title => "Beveiligingssleutels en passkeys",
        Key::Guide5Body => {
            "Ook een **beveiligingssleutel** (een kleine USB- of NFC-sleutel zoals een YubiKey) of een **passkey** (opgeslagen op je telefoon of computer en ontgrendeld met je vingerafdruk, gezicht of pincode) kan je tweede stap zijn, en die kunnen niet worden buitgemaakt met phishing.\n\nVoeg er een toe onder **Gebruikersinstellingen → Mijn account → Security Keys**. Houd ook je authenticator-app en back-upcodes, voor het geval je de sleutel kwijtraakt."
        }
        Key::Guide6Title => "Bewaar de back-upcodes van Discord",
        Key::Guide6Body => {
            "Met back-upcodes kun je inloggen als je je telefoon kwijtraakt. Elke code heeft 8 tekens en wordt getoond als `XXXX-XXXX`.\n\n1. Open **Gebruikersinstellingen → Mijn account → View Backup Codes**.\n2. Voer je wachtwoord in en daarna de verificatiesleutel die Discord je mailt.\n3. Bewaar de codes: druk ze af of bewaar ze in een wachtwoordmanager.\n\n⚠️ Als je ze downloadt, heet het bestand `discord_backup_codes.txt`. Malware die tokens steelt, zoekt precies naar die bestandsnaam, dus **verplaats het uit je map Downloads** (of druk het af en verwijder het).\n\n**Generate new codes** maakt een nieuwe set; de oude werken dan meteen niet meer."
        }
        Key::Guide7Title => "Inloggen met een back-upcode",
        Key::Guide7Body => {
            "Telefoon kwijt? Log zoals gewoonlijk in met je e-mailadres en wachtwoord. Als Discord om de 6-cijferige code vraagt, kies dan **Verify with something else**, dan **Use a backup code**, en typ een van je bewaarde codes.\n\nZodra je binnen bent, stel je 2FA in op je nieuwe telefoon en maak je nieuwe back-upcodes."
        }
        Key::Guide8Title => "Vragen",
        Key::Guide8Body => {
            "**Kan ik een back-upcode opnieuw gebruiken?** Nee. Elke code werkt één keer; streep hem door nadat je hem hebt gebruikt.\n\n**Hoeveel heb ik er?** Open **View Backup Codes** om je set te zien en welke je al hebt gebruikt. Raken ze op, druk dan op **Generate new codes**.\n\n**Ik heb ze allemaal gebruikt.** Ben je ergens nog ingelogd, open dan View Backup Codes en maak meteen een nieuwe set.\n\n**Ik ben mijn telefoon en mijn codes kwijt.** In dat geval kan Discord Support 2FA niet voor je verwijderen, en het account kan niet worden hersteld. Daarom is het zo belangrijk om je back-upcodes op een veilige plek te bewaren."
        }
        Key::Guide9Title => "De eigen verificatie van deze server",
        Key::Guide9Body => {
            "De 2FA van Discord beschermt je **inlog**. Maar als malware je ingelogde sessie steelt, is de dief al voorbij het inloggen.\n\nDaarom heeft deze server een eigen poort: `/verifieer` vraagt om een code uit een authenticator-app op je telefoon voordat je toegang krijgt. Wie een gestolen sessie heeft, kan die code nog steeds niet maken.\n\nHet is een **aparte vermelding** in je authenticator-app, ingesteld met de QR-code van deze server, met eigen back-upcodes. Het vervangt de 2FA van Discord niet: gebruik ze allebei."
        }
        // On join (sent in the server's language)
        Key::JoinDm => {
            "👋 Welkom bij **{server}**! Als je Discord-account veilig is, is deze community dat ook. Hier is een korte handleiding om tweestapsverificatie aan te zetten."
        }
        Key::ReverifyReminderDm => {
            "🔁 Hoi! In {server} is een nieuwe controle met je authenticator-app nodig voor {role}. Gebruik `/verifieer` in die server vóór {when}; anders haalt Keygate de rol weg (je kunt hem altijd terugkrijgen door je te verifiëren). Dit bericht bevat met opzet geen link: typ nooit ergens anders een code in."
        }
        // Slash commands: names (where a language has its own) and descriptions
        // The browser check of Discord's own 2FA
        Key::Check2faLink => {
            "Druk op de knop om in je browser in te loggen met Discord. Discord vertelt Keygate dan één ding: of tweestapsverificatie (2FA) aanstaat op je account. Keygate bewaart geen inloggegevens en leest verder niets.\n\nDe link werkt één keer, 10 minuten lang, en alleen voor jou: deel hem niet."
        }
        Key::Check2faButton => "Controleer mijn Discord-2FA",
        Key::Check2faUnavailable => {
            "Discord-2FA controleren in de browser staat voor deze bot niet aan. Je kunt 2FA nog steeds aanzetten met de stappen in `/2fa handleiding`."
        }
        Key::WebOnTitle => "Discord-2FA staat aan",
        Key::WebOnBody => {
            "Tweestapsverificatie staat aan op je Discord-account. Keygate heeft het genoteerd en je bent helemaal klaar.\n\nJe kunt deze pagina sluiten en teruggaan naar Discord."
        }
        Key::WebCheckedAccount => "Gecontroleerd voor het Discord-account **{name}**.",
        Key::WebRoleComing => {
            "De server geeft leden met Discord-2FA een eigen rol: die krijg je zo."
        }
        Key::WebOffTitle => "Discord-2FA staat uit",
        Key::WebOffBody => {
            "Op je Discord-account staat tweestapsverificatie (2FA) nog niet aan. Iedereen die je wachtwoord of je ingelogde sessie in handen krijgt, kan je account overnemen.\n\nZo zet je het aan. Ben je klaar, druk dan op **Opnieuw controleren**."
        }
        Key::WebCheckAgainButton => "Opnieuw controleren",
        Key::WebCancelledTitle => "Er is niets gecontroleerd",
        Key::WebCancelledBody => {
            "Je hebt geannuleerd op de pagina van Discord, dus Keygate heeft niets gecontroleerd of vastgelegd.\n\nWil je het opnieuw proberen, druk dan op de knop hieronder (die werkt tot 10 minuten nadat je erom vroeg)."
        }
        Key::WebInvalidTitle => "Deze link werkt niet",
        Key::WebInvalidBody => {
            "Deze controlelink is niet door Keygate gemaakt, of er is een deel van verloren gegaan bij het kopiëren. Er is niets gecontroleerd.\n\nGebruik in Discord `/2fa controleer` voor een nieuwe link."
        }
        Key::WebExpiredTitle => "Deze link is verlopen",
        Key::WebExpiredBody => {
            "Controlelinks werken 10 minuten, zodat niemand anders ze kan gebruiken. Er is niets gecontroleerd.\n\nGebruik in Discord `/2fa controleer` voor een nieuwe link."
        }
        Key::WebSpentTitle => "Deze link is al gebruikt",
        Key::WebSpentBody => {
            "Elke controlelink werkt één keer. De controle die hij startte, is al klaar.\n\nGebruik in Discord `/2fa controleer` voor een nieuwe link als je opnieuw wilt controleren."
        }
        Key::WebOtherAccountTitle => "Dat was een ander Discord-account",
        Key::WebOtherAccountBody => {
            "Deze link is gemaakt voor een ander Discord-account dan het account waarmee is ingelogd, dus er is niets vastgelegd.\n\nLog in deze browser bij Discord in met het account dat je op de server gebruikt, en gebruik daar opnieuw `/2fa controleer`."
        }
        Key::WebDiscordFailedTitle => "Discord heeft het inloggen niet bevestigd",
        Key::WebDiscordFailedBody => {
            "Discord antwoordde Keygate niet zoals verwacht, dus er is niets vastgelegd. Meestal duurt dat maar kort.\n\nWacht een minuut en gebruik dan `/2fa controleer` in Discord voor een nieuwe link."
        }
        Key::WebDatabaseDownTitle => "Keygate kon het resultaat niet opslaan",
        Key::WebDatabaseDownBody => {
            "Keygate kan zijn database nu niet bereiken, dus er is niets vastgelegd.\n\nWacht een minuut en gebruik dan `/2fa controleer` in Discord voor een nieuwe link."
        }
        Key::WebUnavailableTitle => "Discord-2FA controleren staat uit",
        Key::WebUnavailableBody => {
            "Deze Keygate is niet ingesteld om Discord-2FA in de browser te controleren."
        }
        Key::WebNotFoundTitle => "Pagina niet gevonden",
        Key::WebNotFoundBody => {
            "Hier is niets. De links van Keygate krijg je van de bot in Discord."
        }
        Key::WebBusyTitle => "Te veel tegelijk",
        Key::WebBusyBody => {
            "Er controleren nu heel veel leden tegelijk, dus Keygate kon die van jou nog niet aannemen. Er is niets gecontroleerd.\n\nWacht een paar seconden en laad deze pagina dan opnieuw."
        }
        Key::CommandVerifyName => "verifieer",
        Key::CommandVerifyDescription => "Verifieer met je authenticator-app, of stel er een in",
        Key::Command2faDescription => {
            "Tweestapsverificatie: je status, back-upcodes en de eigen 2FA van Discord"
        }
        Key::Command2faGuideName => "handleiding",
        Key::Command2faGuideDescription => {
            "Zo zet je de eigen tweestapsverificatie van Discord aan"
        }
        Key::Command2faStatusName => "status",
        Key::Command2faStatusDescription => {
            "Je instelling, verificatie, resterende back-upcodes en blokkade in deze server"
        }
        Key::Command2faBackupCodesName => "back-upcodes",
        Key::Command2faBackupCodesDescription => {
            "Maak een nieuwe set back-upcodes (vereist een code uit je authenticator-app)"
        }
        Key::Command2faRemoveName => "verwijder",
        Key::Command2faRemoveDescription => {
            "Verwijder je authenticator en back-upcodes voor deze server (vereist een code)"
        }
        Key::Command2faCheckName => "controleer",
        Key::Command2faCheckDescription => {
            "Bevestig in je browser dat 2FA aanstaat op je Discord-account"
        }
        Key::CommandGateDescription => "Moderators: stel de verificatiepoort in en beheer hem",
        Key::CommandGateSetupDescription => {
            "Voeg een poort toe of wijzig er een (een rol na een code), plus de instellingen van Keygate"
        }
        Key::CommandGateDropDescription => {
            "Stop met het bewaken van een rol (leden die hem hebben, houden hem)"
        }
        Key::CommandGatePanelDescription => {
            "Plaats het verificatiepaneel (knoppen Verifiëren en 2FA-handleiding) in een kanaal"
        }
        Key::CommandGateStatusDescription => {
            "Instelling, verificatie, resterende back-upcodes en blokkade van een lid"
        }
        Key::CommandGateUnlockDescription => "Hef de blokkade van een lid op",
        Key::CommandGateRevokeDescription => {
            "Haal de geverifieerde rol weg bij een lid (authenticator blijft, opnieuw verifiëren kan)"
        }
        Key::CommandGateResetDescription => {
            "Reset een lid dat de telefoon kwijt is: verwijdert authenticator en back-upcodes"
        }
        Key::CommandGateStatsDescription => "Aantallen: ingeschreven, geverifieerd, geblokkeerd",
        Key::CommandGateAuditDescription => {
            "De nieuwste vermeldingen in het auditlogboek, voor iedereen of één lid"
        }
        Key::CommandGateConfigDescription => "Toon de instellingen van de poort in deze server",
        // Members' whole life at the gate: one-time codes, two-person approval, the unverified, stats
        Key::VerifiedBypass => {
            "✅ Code geaccepteerd: je bent door de poort gekomen met de eenmalige code die een moderator je gaf. Die code is nu opgebruikt, en je oude authenticator-instelling is verwijderd. Gebruik binnenkort opnieuw `/verifieer` om je authenticator-app op je nieuwe telefoon in te stellen: die heb je de volgende keer nodig."
        }
        Key::ReplyBypassExpired => {
            "Die eenmalige code is verlopen (ze gelden 24 uur). Vraag een moderator om een nieuwe."
        }
        Key::GateBypassIssued => {
            "🔑 Eenmalige code voor {user}:\n`{code}`\n\nDeze werkt één keer, tot {when}, in plaats van een code uit de app: het lid gebruikt `/verifieer` en typt hem in het vak. Geef hem door via een weg die je vertrouwt, nooit in een openbaar kanaal. Daarna stelt het lid de authenticator-app opnieuw in. De code wordt alleen nu getoond."
        }
        Key::GateBypassNotEnrolled => {
            "{user} heeft hier geen authenticator-app ingesteld en heeft dus geen eenmalige code nodig: dit lid kan `/verifieer` gebruiken en meteen de nieuwe telefoon instellen."
        }
        Key::GateTwoPersonOwnerOnly => {
            "Alleen de eigenaar van de server kan goedkeuring door twee moderators uitzetten of het logkanaal verplaatsen zolang die aan staat, zodat het account van één moderator dat niet alleen kan terugdraaien. Er is niets veranderd."
        }
        Key::GateAuditActor => " door {user}",
        Key::GateAuditSubject => " voor {user}",
        Key::GateTwoPersonNeedsLog => {
            "Goedkeuring door twee moderators plaatst elk verzoek in het logkanaal, en deze server heeft er nog geen. Voeg `log_channel:` toe aan dezelfde `/gate instellen` en probeer het opnieuw. Er is niets gewijzigd."
        }
        Key::GateApprovalRequested => {
            "⏳ Je verzoek wacht op een tweede moderator: het staat in {channel} met de knoppen *Goedkeuren* en *Afwijzen*, en verloopt op {when}. Je kunt het niet zelf goedkeuren."
        }
        Key::GateApprovalNotPosted => {
            "Ik kon het verzoek niet plaatsen in het logkanaal {channel}, dus er is niets gevraagd of gewijzigd. Geef mijn rol daar **Kanalen bekijken** en **Berichten versturen** en probeer het dan opnieuw."
        }
        Key::ApproveButton => "Goedkeuren",
        Key::DenyButton => "Afwijzen",
        Key::ApprovalOwnRequest => {
            "Je hebt hier zelf om gevraagd, dus een andere moderator moet beslissen. Daar is goedkeuring door twee moderators juist voor: één gestolen moderatoraccount kan het niet in zijn eentje."
        }
        Key::ApprovalExpired => {
            "Dit verzoek is verlopen (verzoeken gelden 24 uur). Is het nog nodig, voer de opdracht dan opnieuw uit."
        }
        Key::ApprovalAlreadyDecided => "Over dit verzoek is al beslist.",
        Key::ApprovalDenied => "🚫 Afgewezen: er is niets gewijzigd voor {user}.",
        Key::ApprovalNoteApproved => "✅ Goedgekeurd door {moderator}.",
        Key::ApprovalNoteDenied => "🚫 Afgewezen door {moderator}.",
        Key::ApprovalNoteExpired => "⌛ Verlopen zonder beslissing.",
        Key::GateKickNeedsYourPermission => {
            "Om mij leden te laten verwijderen die zich niet verifiëren, heb je zelf de machtiging **Leden verwijderen** nodig. Vraag het de eigenaar van de server of een beheerder. Er is niets gewijzigd."
        }
        Key::GateKickNeedsPermission => {
            "Om leden te verwijderen die zich niet verifiëren, heb ik de machtiging **Leden verwijderen** nodig. Geef die aan mijn rol in Serverinstellingen → Rollen en voer daarna `/gate instellen` opnieuw uit. Er is niets gewijzigd."
        }
        Key::GateKickBeforeRemind => {
            "`kick_after` ({kick}) moet langer zijn dan `remind_after` ({remind}), zodat leden eerst hun herinnering krijgen. Er is niets gewijzigd."
        }
        Key::GateUnverifiedNeedsIntent => {
            "Om leden die zich niet hebben geverifieerd te herinneren of te verwijderen, is de **Server Members**-intent van Discord nodig. Die heeft deze bot niet, dus Keygate hoort nooit wie er binnenkomt. Er is niets gewijzigd. De beheerder van de bot kan de intent aanzetten in het Developer Portal (Bot → Privileged Gateway Intents) en Keygate daarna herstarten."
        }
        Key::GateSettingsUnverified => {
            "Nieuwe leden die nog niet door de eerste poort zijn gekomen: herinnering per direct bericht na {remind}, verwijdering na {kick}."
        }
        Key::GateSettingsTwoPerson => {
            "Goedkeuring door twee moderators voor `/gate resetten` en `/gate eenmalige-code`: {on}."
        }
        Key::JoinReminderDm => {
            "👋 Hoi! Je bent {joined} lid geworden van {server} en hebt je daar nog niet geverifieerd. Gebruik `/verifieer` in de server en volg de stappen om binnen te komen; het duurt ongeveer een minuut.{kick}"
        }
        Key::JoinReminderKickNote => {
            " Doe je dat niet, dan word je op {when} uit de server verwijderd. Je kunt later opnieuw lid worden."
        }
        Key::KickAuditReason => {
            "Keygate: niet door de verificatiepoort gekomen binnen {after} na binnenkomst"
        }
        Key::StatsWaiting => "**Binnengekomen en nog niet geverifieerd:** {waiting}",
        Key::StatsChartHeading => {
            "**Afgelopen 30 dagen** (per dag: ✅ verificaties, ❌ mislukte pogingen, 🔒 blokkades, ⚠️ hergebruikte codes). Alleen dagen met activiteit staan in de lijst; de grafiek toont alle 30."
        }
        Key::StatsChartNone => {
            "**Afgelopen 30 dagen:** geen verificaties, mislukte pogingen, blokkades of hergebruikte codes."
        }
        Key::StatsChartTitle => "Keygate, afgelopen 30 dagen",
        Key::StatsChartVerifications => "Verificaties",
        Key::StatsChartFailures => "Mislukte pogingen",
        Key::StatsChartLockouts => "Blokkades",
        Key::StatsChartReplays => "Hergebruikte codes",
        // Log channel lines (in the server's language). Mentions render as names: the post pings nobody
        Key::LogEnrollmentStarted => {
            "🆕 {user} is begonnen met het instellen van een authenticator-app."
        }
        Key::LogEnrolled => {
            "✅ {user} heeft een authenticator-app ingesteld, is door de poort gekomen en heeft nu {role}{until}."
        }
        Key::LogModeratorEnrolled => {
            "🚨 {user}, die `/gate` kan gebruiken, heeft een nieuwe authenticator-app ingesteld, is door de poort gekomen en heeft nu {role}{until}. Zolang moderatorcodes aanstaan, werken codes uit deze app nu ook bij moderatorcontroles. Was dit niet het lid zelf, dan is het account misschien gestolen: een andere moderator moet dan `/gate resetten` op dit lid uitvoeren."
        }
        Key::LogVerifiedAuthenticator => {
            "✅ {user} is met de eigen authenticator-app door de poort gekomen en heeft nu {role}{until}."
        }
        Key::LogVerifiedBackup => {
            "✅ {user} is met een back-upcode door de poort gekomen en heeft nu {role}{until} (resterende back-upcodes: {remaining})."
        }
        Key::LogVerifiedBypass => {
            "✅ {user} is met een eenmalige code van een moderator door de poort gekomen en heeft nu {role}{until}. De oude authenticator-instelling is verwijderd; de volgende keer stelt dit lid een nieuwe in."
        }
        Key::LogUntil => " tot {when}",
        Key::LogNewBackupCodes => "🔑 {user} heeft een nieuwe set back-upcodes gemaakt.",
        Key::LogRemovedThemselves => {
            "🗑️ {user} heeft de eigen authenticator uit de poort verwijderd."
        }
        Key::LogReplayed => {
            "⚠️ {user} heeft een code ingediend die al gebruikt was (mogelijk hergebruik). De code is geweigerd.{lock}"
        }
        Key::LogTooManyWrong => "🔒 {user} heeft te veel verkeerde codes ingevoerd.{lock}",
        Key::LogNotACode => "❌ {user} heeft iets ingevoerd dat geen code is.",
        Key::LogWrongCode => "❌ {user} heeft een verkeerde code ingevoerd.",
        Key::LogLockedUntil => " Geblokkeerd tot {when}.",
        Key::LogLockedUntilUnlocked => {
            " Geblokkeerd tot een moderator `/gate deblokkeren` gebruikt."
        }
        Key::LogConfiguredGate => "⚙️ {moderator} heeft de poort voor {role} ingesteld ({rules}).",
        Key::LogConfiguredSettings => "⚙️ {moderator} heeft de instellingen gewijzigd.",
        Key::LogConfiguredDetails => " Logkanaal: {log}; moderatorcode: {code}.",
        Key::LogGateDropped => {
            "⚙️ {moderator} heeft de poort voor {role} opgeheven. Leden die de rol hebben, houden hem (tijdelijke rollen tot hun tijd om is)."
        }
        Key::LogPanelPosted => "⚙️ {moderator} heeft het verificatiepaneel geplaatst in {channel}.",
        Key::LogUnlocked => "🔓 {moderator} heeft {user} gedeblokkeerd.",
        Key::LogRevoked => "⛔ {moderator} heeft {role} weggehaald bij {user}.",
        Key::LogEndedExpired => "⌛ De tijd van {user} met {role} is om; de rol is verwijderd.",
        Key::LogEndedEarly => "⌛ {user} heeft de tijd met {role} eerder beëindigd.",
        Key::LogEligibilityLost => {
            "🚪 {user} heeft {needs} niet meer, dus {role} (waarvoor dat nodig is) wordt verwijderd."
        }
        Key::LogReverification => {
            "🔁 Opnieuw verifiëren: herinnerd per direct bericht: {reminded} (directe berichten dicht: {closed}; server verlaten: {left}). Rollen weggehaald bij leden die niet op tijd opnieuw verifieerden: {removed}."
        }
        Key::LogReset => {
            "♻️ {moderator} heeft de instelling voor tweestapsverificatie van {user} gereset. Reden: `{reason}`"
        }
        Key::LogApprovedBy => " Goedgekeurd door {approver}.",
        Key::LogBypassIssued => {
            "🔑 {moderator} heeft {user} een eenmalige code gegeven voor een kwijtgeraakte telefoon (geldig tot {when})."
        }
        Key::LogApprovalReset => {
            "🧑‍⚖️ {moderator} vraagt om de instelling voor tweestapsverificatie van {user} te resetten (reden: `{reason}`). Een andere moderator moet dit goedkeuren; het verzoek verloopt op {when}."
        }
        Key::LogApprovalBypass => {
            "🧑‍⚖️ {moderator} vraagt om een eenmalige code voor {user}, die de telefoon kwijt is. Een andere moderator moet dit goedkeuren; het verzoek verloopt op {when}."
        }
        Key::LogApprovalDenied => {
            "🚫 {approver} heeft het verzoek van {moderator} voor {user} afgewezen. Er is niets gewijzigd."
        }
        Key::LogRoleNotEligible => {
            "🚪 Ik heb {role} niet aan {user} gegeven: dit lid heeft {needs} niet meer, en de poort van de rol vereist dat."
        }
        Key::LogRoleDangerous => {
            "⚠️ Ik heb {role} niet aan {user} gegeven: de rol heeft nu krachtige machtigingen ({permissions}) en de poort ervan laat elk lid door. Voeg `eligible:` toe met `/gate instellen`, of haal die machtigingen weg bij de rol."
        }
        Key::LogRoleGrantFailed => "⚠️ Ik kon {role} niet aan {user} geven: {why}",
        Key::LogRoleRemoveFailed => "⚠️ Ik kon {role} niet weghalen bij {user}: {why}",
        Key::LogDiscordGone => {
            "Discord antwoordde 404 (het lid heeft de server verlaten, of de rol is verwijderd)."
        }
        Key::LogDiscordFailed => "Discord antwoordde {status}.",
        Key::LogOwnerNeeds2faGrant => {
            "Discord antwoordde 403 (code 60003): deze server vereist 2FA voor moderatieacties, en het account dat eigenaar is van de Keygate-applicatie heeft 2FA niet aangezet. Oplossing: **de eigenaar van de Keygate-applicatie moet 2FA aanzetten** (Discord: Gebruikersinstellingen → Mijn account). Het lid krijgt de rol zodra 2FA aanstaat."
        }
        Key::LogOwnerNeeds2faRemove => {
            "Discord antwoordde 403 (code 60003): deze server vereist 2FA voor moderatieacties, en het account dat eigenaar is van de Keygate-applicatie heeft 2FA niet aangezet. Oplossing: **de eigenaar van de Keygate-applicatie moet 2FA aanzetten** (Discord: Gebruikersinstellingen → Mijn account). Tot die tijd houdt het lid de rol; die verdwijnt zodra 2FA aanstaat."
        }
        Key::LogForbidden => {
            "Discord antwoordde 403 (verboden). Oplossing: geef mijn rol de machtiging **Rollen beheren** en sleep mijn rol **boven** {role} in Serverinstellingen → Rollen. Daarna kan het lid `/verifieer` opnieuw gebruiken."
        }
        Key::LogGuideOnJoin => {
            "📬 Handleiding bij binnenkomst: 2FA-handleiding gestuurd naar nieuwe leden: {sent}. Niet gestuurd: {closed} (directe berichten dicht), {recent} (al ontvangen in de afgelopen 30 dagen), {bots} (bots), {capped} (boven de limiet van {per_window} per {window} s)."
        }
        Key::LogUnverified => {
            "⏳ Nieuwe leden die zich niet hebben geverifieerd: herinnerd per direct bericht: {reminded} (directe berichten dicht: {closed}); verwijderd: {kicked}; vrijgesteld: {exempt} (bots, de eigenaar, leden met een rol die na binnenkomst is gegeven of boven mijn rol); wachten nog: {waiting}. Per minuut worden er hoogstens {per_pass} verwijderd; de rest wacht op zijn beurt."
        }
        Key::LogKickRefused => {
            "⚠️ Ik kon een lid dat zich niet verifieerde niet verwijderen: Discord weigerde het (403). Geef mijn rol de machtiging **Leden verwijderen** en sleep hem boven de rollen van de leden, of zet verwijderen uit met `/gate instellen kick_after:off`."
        }
        Key::LogTwoPersonOn => " Goedkeuring door twee moderators: {on}.",
        Key::LogUnverifiedSettings => {
            " Niet-geverifieerde leden: herinnering na {remind}, verwijdering na {kick}."
        }
        // Slash commands: the moderator commands' names, and every option's description
        Key::CommandGateSetupName => "instellen",
        Key::CommandGateDropName => "stoppen",
        Key::CommandGatePanelName => "paneel",
        Key::CommandGateStatusName => "status",
        Key::CommandGateUnlockName => "deblokkeren",
        Key::CommandGateRevokeName => "intrekken",
        Key::CommandGateResetName => "resetten",
        Key::CommandGateBypassName => "eenmalige-code",
        Key::CommandGateStatsName => "statistieken",
        Key::CommandGateAuditName => "auditlog",
        Key::CommandGateConfigName => "instellingen",
        Key::CommandGateBypassDescription => {
            "Een eenmalige code voor een lid dat de telefoon kwijt is (werkt één keer, 24 uur lang)"
        }
        Key::OptionVerifyRole => {
            "De rol waarvoor je je verifieert (standaard: je kiest uit de rollen die je kunt krijgen)"
        }
        Key::OptionSetupRole => "De rol die Keygate geeft na een geldige code",
        Key::OptionSetupEligible => {
            "Alleen leden die deze rol al hebben, mogen door (bijvoorbeeld @Moderator)"
        }
        Key::OptionSetupLasts => {
            "Haal de rol zo lang na elke doorgang weg, zoals 1h of 7d (1m tot 30d; off wist het)"
        }
        Key::OptionSetupReverifyEvery => {
            "Haal de rol weg als het lid niet zo vaak opnieuw doorgaat, zoals 30d (1d tot 365d; off wist het)"
        }
        Key::OptionSetupDiscord2fa => {
            "Alleen leden die hun eigen Discord-2FA bevestigden (/2fa controleer, binnen 30 dagen) mogen door"
        }
        Key::OptionSetupDiscord2faRole => {
            "Een rol voor leden bij wie /2fa controleer de eigen Discord-2FA aan vond (geen poort)"
        }
        Key::OptionSetupLogChannel => {
            "Een kanaal voor het logboek van Keygate met verificaties en moderatoracties"
        }
        Key::OptionSetupGuideOnJoin => {
            "Stuur nieuwe leden de handleiding voor de eigen 2FA van Discord"
        }
        Key::OptionSetupModeratorCode => {
            "Vraag moderators om een code uit hun app vóór instellen, stoppen, deblokkeren, intrekken, resetten"
        }
        Key::OptionSetupRemindAfter => {
            "Herinner niet-geverifieerde nieuwe leden na zo lang per bericht, zoals 1d (1m tot 30d; off wist het)"
        }
        Key::OptionSetupKickAfter => {
            "Verwijder niet-geverifieerde nieuwe leden na zo lang, zoals 7d (1m tot 30d; off wist het)"
        }
        Key::OptionSetupTwoPersonReset => {
            "resetten en eenmalige-code vereisen goedkeuring van een tweede moderator in het logkanaal"
        }
        Key::OptionDropRole => {
            "De rol die niet meer bewaakt moet worden (leden die hem hebben, houden hem)"
        }
        Key::OptionPanelChannel => "Waar het geplaatst wordt (standaard: dit kanaal)",
        Key::OptionPanelRole => {
            "De poort waarvoor de knop Verifiëren is (standaard: het lid kiest)"
        }
        Key::OptionMember => "Het lid",
        Key::OptionRevokeUser => {
            "Het lid bij wie de rollen van de poorten weg moeten (de authenticator-app blijft)"
        }
        Key::OptionRevokeRole => {
            "Alleen deze rol van een poort (standaard: alle rollen die het lid via poorten heeft)"
        }
        Key::OptionResetReason => "Waarom (wordt bewaard in het auditlogboek)",
        Key::OptionAuditUser => "Alleen dit lid",
    }
}
