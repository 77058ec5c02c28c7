//! Italian (it).
//! Informal "tu", as Discord itself uses in Italian; Discord's own labels as Discord shows them in Italian, or in English.

use crate::guide::catalogue::Key;

pub fn text(key: Key) -> &'static str {
    match key {
        // Errors and refusals
        Key::ReplySomethingWentWrong => {
            "Qualcosa è andato storto da parte nostra. Riprova tra un momento; se continua a succedere, avvisa un moderatore."
        }
        Key::ReplyDatabaseDown => {
            "Keygate non riesce a raggiungere il suo database in questo momento. Riprova tra poco."
        }
        Key::ReplyNotConfigured => {
            "Questo server non ha ancora configurato il suo varco di verifica. Un moderatore può farlo con `/gate configura`."
        }
        Key::ReplyNotAGate => {
            "{role} non è (più) uno dei varchi di questo server. Usa `/verifica` per vedere i ruoli per cui puoi verificarti."
        }
        Key::ReplyNotEligible => {
            "Solo i membri che hanno {needs} possono superare il varco per {role}, e tu non ce l'hai. Non è stato conteggiato nulla contro di te. Se pensi che dovresti averlo, chiedi a un moderatore."
        }
        Key::ReplyNoGateOpen => {
            "I varchi di questo server sono solo per i membri con uno di questi ruoli: {roles}. Non ne hai nessuno, quindi qui non c'è niente da verificare per te. Non è stato conteggiato nulla contro di te."
        }
        Key::ReplyNotEnrolled => {
            "Non hai ancora configurato un'app di autenticazione con questo server. Usa `/verifica` per iniziare."
        }
        Key::ReplyAlreadyEnrolled => {
            "Hai già configurato un'app di autenticazione qui. Usa `/verifica` e inserisci il codice a 6 cifre che ti mostra."
        }
        Key::ReplyEnrollmentExpired => {
            "La configurazione ha richiesto più di 15 minuti, quindi è scaduta per la tua sicurezza. Usa `/verifica` per ricominciare con un nuovo codice QR."
        }
        Key::ReplyNeedsAuthenticator => {
            "Per questo usa il codice a 6 cifre della tua app di autenticazione, non un codice di backup. I codici di backup servono per entrare quando hai perso il telefono; per modificare la configurazione serve il telefono stesso, perché chi ruba la tua sessione di Discord potrebbe avere anche i codici di backup che hai salvato."
        }
        Key::ReplyNotACode => {
            "Questo non è un codice valido. Inserisci le 6 cifre che la tua app di autenticazione mostra adesso (ad esempio `123456`) oppure uno dei tuoi codici di backup (come `1ABC-DEFG-HJKM-NPQR`)."
        }
        Key::ReplyWrongCode => {
            "Il codice non corrisponde. Controlla di guardare la voce di questo server nella tua app di autenticazione e inserisci il codice che mostra in questo momento."
        }
        Key::ReplyReplayed => {
            "Questo codice è già stato usato, quindi non vale una seconda volta. Aspetta che la tua app mostri un nuovo codice (cambiano ogni 30 secondi). Se non l'hai usato tu, avvisa un moderatore: qualcuno potrebbe averlo visto."
        }
        Key::ReplyLockedUntil => {
            "Troppi codici sbagliati. Per la tua sicurezza, la verifica è in pausa fino a {when}. Riprova allora."
        }
        Key::ReplyLockedUntilUnlocked => {
            "Troppi codici sbagliati: qui la verifica per il tuo account è bloccata finché un moderatore non la sblocca."
        }
        Key::ReplyGuildOnly => "Keygate funziona all'interno di un server. Usa lì questo comando.",
        Key::ReplyStaleForm => "Questo modulo non è più aggiornato. Esegui di nuovo il comando.",
        Key::ReplyOnlyModerators => {
            "Solo i moderatori possono usare `/gate` (serve il permesso **Gestisci server**)."
        }
        Key::ReplyNotVerified => "Questo membro al momento non è verificato.",
        Key::ReplyBadArgument => {
            "Non sono riuscito a leggere quell'opzione. Sceglila dall'elenco che mostra Discord, poi riprova."
        }
        Key::ReplyNotLocked => "Questo membro non è bloccato.",
        Key::ReplyBusy => {
            "È ancora in corso un altro controllo del tuo codice. Aspetta un momento, poi riprova."
        }
        Key::ReplyTooManySetups => {
            "Hai iniziato a configurare un'app di autenticazione 3 volte nell'ultima ora. Per la tua sicurezza, potrai ricominciare a partire da {when}."
        }
        Key::ReplyTooManyRemovals => {
            "Oggi hai rimosso 3 volte la tua configurazione di autenticazione qui. Per la tua sicurezza, potrai rimuoverla di nuovo a partire da {when}."
        }
        Key::ReplyTooManyBackupCodeSets => {
            "Oggi hai creato 3 nuove serie di codici di backup. Per la tua sicurezza, potrai crearne un'altra a partire da {when}. I codici che hai adesso funzionano ancora."
        }
        // Enrollment
        Key::ReplyNeedsDiscord2fa => {
            "Il varco per {role} è solo per i membri che hanno attivato l'autenticazione a due fattori (2FA) sul proprio account Discord. Keygate non ha visto la tua attiva negli ultimi 30 giorni, quindi non è stato conteggiato nulla contro di te.\n\nPremi il pulsante per farla verificare nel tuo browser (ci vuole un minuto), poi riprova. Se la 2FA è disattivata, la pagina spiega come attivarla."
        }
        Key::EnrollInstructions => {
            "**Configura la tua app di autenticazione** (solo tu puoi vedere questo messaggio)\n1. Se non ne hai una, installa un'app di autenticazione sul telefono: Google Authenticator, Microsoft Authenticator, Aegis, 2FAS o un gestore di password che supporti i codici.\n2. Nell'app, tocca **+** e scansiona il codice QR qui sotto. Niente fotocamera? Scegli “Inserisci una chiave di configurazione” e digita:\n`{key}`\n3. Ora l'app mostra un codice a 6 cifre che cambia ogni 30 secondi. Premi **Inserisci codice** e digitalo.\n\nQuesta configurazione scade {expires}. Non condividere mai questo codice QR o la chiave: chiunque li abbia può generare i tuoi codici."
        }
        Key::EnrollEnterCodeButton => "Inserisci codice",
        Key::PickGatePrompt => {
            "Per quale ruolo vuoi verificarti? Scegline uno qui sotto (solo tu puoi vederlo)."
        }
        Key::PickGatePlaceholder => "Scegli un ruolo",
        Key::ConfirmModalTitle => "Conferma la tua app di autenticazione",
        Key::VerifyModalTitle => "Conferma che sei tu",
        Key::BackupCodesModalTitle => "Nuovi codici di backup",
        Key::RemoveModalTitle => "Rimuovi la tua app di autenticazione",
        Key::CodeInputLabel => "Codice a 6 cifre della tua app",
        Key::CodeOrBackupInputLabel => "Codice della tua app o codice di backup",
        Key::BackupCodesFirstTime => {
            "✅ **La tua app di autenticazione è configurata.**\n\nEcco i tuoi **codici di backup**. Se perdi il telefono, ognuno funziona una volta al posto di un codice a 6 cifre. Salvali subito (il file qui sotto, un gestore di password o su carta): non verranno mai più mostrati."
        }
        Key::BackupCodesRenewed => {
            "🔑 **I tuoi nuovi codici di backup.** I codici vecchi hanno appena smesso di funzionare. Salva subito questi: non verranno mai più mostrati."
        }
        Key::BackupCodesFileIntro => {
            "Codici di backup di Keygate per il server Discord “{server}”\nOgni codice funziona una volta, al posto del codice a 6 cifre della tua app di autenticazione.\nConserva questo file in un posto sicuro e privato (un gestore di password, o stampato su carta)."
        }
        // Verification
        Key::VerifiedAuthenticator => "✅ Verifica completata con la tua app di autenticazione.",
        Key::VerifiedBackup => {
            "✅ Verifica completata con un codice di backup. Quel codice ora non vale più; ne restano {remaining}."
        }
        Key::VerifiedBackupLow => {
            "✅ Verifica completata con un codice di backup. ⚠️ Codici di backup rimasti: solo {remaining}. Usa `/2fa codici-di-backup` per crearne una nuova serie."
        }
        Key::RoleGranted => "Il tuo ruolo è stato aggiunto. Ti diamo il benvenuto!",
        Key::RolePending => "Il tuo ruolo sta arrivando; può volerci un minuto prima che compaia.",
        Key::RoleForbidden => {
            "La tua verifica è riuscita, ma non sono riuscito a darti il ruolo {role}: Discord ha rifiutato (mi manca il permesso Gestisci ruoli, oppure il mio ruolo è sotto quel ruolo). I moderatori sono stati avvisati; riceverai il ruolo appena lo sistemano."
        }
        Key::RoleOwnerNeeds2fa => {
            "La tua verifica è riuscita, ma non posso ancora darti il ruolo {role}: questo server richiede l'autenticazione a due fattori (2FA) per la moderazione, e la persona che possiede il bot Keygate non ha attivato la 2FA sul proprio account Discord. I moderatori sono stati avvisati; riceverai il ruolo non appena sarà risolto."
        }
        Key::RoleGone => {
            "La tua verifica è riuscita, ma non è stato possibile aggiungere il ruolo: Discord dice che non sei più in questo server, oppure il ruolo è stato eliminato. Se sei ancora qui, avvisa un moderatore."
        }
        Key::RoleFailed => {
            "La tua verifica è riuscita, ma Discord ha rifiutato di aggiungere il ruolo. I moderatori sono stati avvisati."
        }
        Key::RoleTimed => {
            "⏳ Hai {role} fino a {when}. Quando hai finito, premi **Termina ora** per lasciarlo prima."
        }
        Key::EndNowButton => "Termina ora",
        Key::RoleEnded => {
            "Fatto: {role} sta per essere rimosso. Usa `/verifica` quando ti serve di nuovo."
        }
        Key::RoleEndNotHeld => "Non hai più {role} dal varco, quindi non c'è niente da terminare.",
        Key::RoleNotEligible => {
            "Il tuo codice era giusto, ma non hai più il ruolo richiesto dal varco per {role}, quindi non te l'ho dato. Se è un errore, chiedi a un moderatore."
        }
        Key::RoleDangerous => {
            "Il tuo codice era giusto, ma non ti ho dato {role}: ora ha potenti permessi da moderatore e questo varco lascia passare tutti i membri. I moderatori sono stati avvisati."
        }
        Key::RoleSuperseded => {
            "Alla fine il tuo ruolo non è stato aggiunto: una modifica successiva l'ha sostituito (un moderatore l'ha rimosso, oppure il suo tempo è scaduto). Usa di nuovo `/verifica` se ti serve ancora."
        }
        Key::Removed => {
            "Fatto: il tuo autenticatore e i tuoi codici di backup per questo server sono stati eliminati, e il ruolo di verificato sta per essere rimosso. Usa `/verifica` quando vuoi per configurarlo di nuovo."
        }
        // Status
        Key::StatusBody => {
            "**Autenticatore:** {enrollment}\n**Ruoli dal varco:** {verified}\n**Codici di backup rimasti:** {codes}\n**Blocco:** {lockout}\n**Ultima verifica:** {last}"
        }
        Key::StatusEnrollmentNone => "non configurato",
        Key::StatusEnrollmentPending => {
            "configurazione avviata, in attesa del primo codice (scade {when})"
        }
        Key::StatusEnrollmentExpired => "la configurazione è scaduta prima di essere completata",
        Key::StatusEnrollmentConfirmed => "configurato {when}",
        Key::StatusYes => "sì",
        Key::StatusNo => "no",
        Key::StatusHeldUntil => "{role} fino a {when}",
        Key::StatusHeldReverify => "{role} (verificati di nuovo prima di {when})",
        Key::StatusLockoutNone => "nessuno",
        Key::StatusLockoutUntil => "bloccato fino a {when}",
        Key::StatusLockoutModerator => "bloccato finché un moderatore non lo sblocca",
        Key::StatusNever => "mai",
        // The verification panel (posted in the server's language)
        Key::PanelBody => {
            "🔐 **Verifica**\nQuesto server chiede ai membri di dimostrare che sono davvero loro con un codice di un'app di autenticazione prima di dare l'accesso. Premi **Verifica** per iniziare (la prima volta ci vuole circa un minuto).\nNon conosci l'autenticazione a due fattori? Premi **Guida 2FA**."
        }
        Key::PanelVerifyButton => "Verifica",
        Key::PanelGuideButton => "Guida 2FA",
        // Moderator replies
        Key::GateRoleProblem => "Non posso ancora usare quel ruolo. {problem}",
        Key::GateRoleEveryone => {
            "Questo è il ruolo @everyone, che ogni membro ha già. Crea un ruolo come “Verificato” e scegli quello."
        }
        Key::GateRoleManaged => {
            "{role} è gestito da un'integrazione (un bot o un abbonamento), quindi nessuno può assegnarlo a mano. Crea un ruolo normale come “Verificato” e scegli quello."
        }
        Key::GateRoleNoManageRoles => {
            "Non ho il permesso **Gestisci ruoli**, quindi non ho potuto assegnare il ruolo. Dai al mio ruolo il permesso Gestisci ruoli in Impostazioni server → Ruoli, poi esegui di nuovo `/gate configura`."
        }
        Key::GateRoleTooHigh => {
            "{role} è sopra (o allo stesso livello) del mio ruolo più alto, e Discord mi lascia assegnare solo ruoli sotto il mio. In Impostazioni server → Ruoli, trascina il mio ruolo sopra {role}, poi esegui di nuovo `/gate configura`."
        }
        Key::GateRoleInvokerNoManageRoles => {
            "Per scegliere il ruolo che il varco assegna, devi avere tu stesso il permesso **Gestisci ruoli**."
        }
        Key::GateRoleInvokerTooLow => {
            "{role} è sopra (o allo stesso livello) del tuo ruolo più alto, quindi non puoi assegnarlo tu, e nemmeno il varco può farlo per conto tuo. Chiedi a qualcuno con un ruolo più alto."
        }
        Key::GateSetupDone => {
            "✅ Varco salvato: {gate}.\n{settings}\nProssimo passo: pubblica il pulsante Verifica con `/gate pannello`."
        }
        Key::GateSetupMembersIntent => {
            "⚠️ L'invio della guida all'ingresso è attivo, ma questo bot è stato avviato senza l'intent Server Members, quindi non vede quando entrano i membri. Chi gestisce il bot può attivarlo: vedi il README (“Guide on join”)."
        }
        Key::GateSetupOwnerNeeds2fa => {
            "⚠️ Questo server richiede la 2FA per le azioni di moderazione, e l'account che possiede l'applicazione di Keygate non ha attivato la 2FA, quindi Discord rifiuterà ogni ruolo che Keygate assegna o toglie. Il proprietario dell'applicazione Keygate deve attivare la 2FA (Discord: Impostazioni utente → Il mio account); nient'altro risolve il problema."
        }
        Key::GateSetupLogChannelRefused => {
            "⚠️ Non sono riuscito a scrivere nel canale di log {channel}: Discord ha rifiutato. Dai al mio ruolo **Visualizza canali** e **Invia messaggi** lì, poi esegui di nuovo `/gate configura`; fino ad allora ci riproverò solo ogni 15 minuti, e le righe di log nel frattempo andranno perse."
        }
        Key::ReplyServerPaused => {
            "⏸️ Negli ultimi minuti Discord ha rifiutato troppe mie richieste in questo server (un canale in cui non posso scrivere, o ruoli che non posso assegnare), quindi per ora mi trattengo qui. Risolvi il problema, poi riprova tra circa 10 minuti."
        }
        Key::GateSetupEligibleWithoutIntent => {
            "ℹ️ Questo bot funziona senza l'intent Server Members, quindi non vede i cambi di ruolo: chi perde il ruolo richiesto perde il ruolo di questo varco la prossima volta che usa `/verifica`, alla scadenza o alla riverifica del ruolo, o prima di una nuova assegnazione, non subito. L'operatore del bot può attivare l'intent (vedi il README)."
        }
        Key::GateLastsAndReverify => {
            "Un varco non può avere sia `lasts` sia `reverify_every`: un ruolo a tempo viene comunque rimosso quando il suo tempo è scaduto. Tienine uno (imposta l'altro su `off`), poi riprova."
        }
        Key::GateModeratorCodeEnrollFirst => {
            "Prima di attivare `moderator_code`, configura qui la tua app di autenticazione con `/verifica`: da quel momento i comandi da moderatore chiedono il suo codice, e senza di essa perderesti l'accesso a quei comandi."
        }
        Key::GateTooManyGates => {
            "Questo server ha già {max} varchi, il massimo consentito da Keygate. Prima eliminane uno con `/gate elimina`, poi riprova."
        }
        Key::GateDropped => {
            "Fatto: Keygate non protegge più {role}. I membri che ce l'hanno lo tengono (uno a tempo viene comunque rimosso alla sua scadenza)."
        }
        Key::GateNotAGate => {
            "{role} non è un varco qui. `/gate impostazioni` elenca i varchi di questo server."
        }
        Key::GateDangerous => {
            "⚠️ {role} ha permessi potenti: {permissions}. Senza `eligible`, ogni membro che configura un'app di autenticazione li otterrebbe. Aggiungi `eligible:` con il ruolo che può passare (ad esempio `eligible:@Moderator`), oppure togli quei permessi a {role} (nelle sue impostazioni e nelle eccezioni dei canali), poi riprova."
        }
        Key::PermAdministrator => "Amministratore",
        Key::PermManageServer => "Gestisci server",
        Key::PermManageRoles => "Gestisci ruoli",
        Key::PermManageChannels => "Gestisci canali",
        Key::PermManageWebhooks => "Gestisci webhook",
        Key::PermBanMembers => "Banna membri",
        Key::PermKickMembers => "Espelli membri",
        Key::PermTimeoutMembers => "Metti i membri in timeout",
        Key::PermManageMessages => "Gestisci messaggi",
        Key::PermMentionEveryone => "Menziona @everyone, @here e tutti i ruoli",
        Key::GateDurationUnreadable => {
            "Non riesco a leggere `{value}` come durata per `{option}`. Scrivila come `90m`, `1h`, `12h` o `7d` (da {min} a {max}), oppure `off` per toglierla."
        }
        Key::GateDurationOutOfRange => {
            "`{option}` deve essere tra {min} e {max}; `{value}` è fuori da questo intervallo. Scegli una durata in quell'intervallo, oppure `off` per toglierla."
        }
        Key::GateEligibleEveryone => {
            "`eligible` non può essere @everyone: ogni membro ce l'ha, quindi non limiterebbe chi supera il varco per {role}. Scegli il ruolo che i membri devono già avere (ad esempio @Moderator), oppure non usare `eligible`."
        }
        Key::GateEligibleSelf => {
            "`eligible` non può essere {role} stesso: potrebbero passare solo i membri che ce l'hanno già, quindi nessuno di nuovo ci riuscirebbe mai. Scegli un altro ruolo (ad esempio @Moderator per un varco su @Moderator (attivo))."
        }
        Key::GateEligibleOpenGate => {
            "`eligible` non può essere {eligible}: ogni membro può ottenerlo tramite il suo varco, quindi non limiterebbe chi supera il varco per {role}. Scegli un ruolo che i moderatori assegnano a mano (ad esempio @Moderator)."
        }
        Key::StepUpModalTitle => "Controllo moderatore: il tuo codice",
        Key::StepUpEnrollFirst => {
            "Questo server chiede ai moderatori un codice della loro app di autenticazione prima di questo comando, e tu non ne hai ancora configurata una qui. Usa `/verifica` per configurarla, poi riprova."
        }
        Key::StepUpExpired => {
            "Quel controllo è scaduto (dura 5 minuti) o è già stato usato. Esegui di nuovo il comando."
        }
        Key::StepUpNotDone => {
            "Il comando non è stato eseguito. Eseguilo di nuovo quando hai un codice nuovo."
        }
        Key::GateNone => "nessuno",
        Key::GateOn => "attivo",
        Key::GateOff => "disattivo",
        Key::GateRuleEveryone => "ogni membro può passare",
        Key::GateRuleEligible => "solo i membri con {role}",
        Key::GateRulePermanent => "mantenuto per sempre",
        Key::GateRuleLasts => "rimosso {period} dopo ogni passaggio",
        Key::GateRuleReverify => "rimosso se non superato di nuovo ogni {period}",
        Key::GateDiscord2faNeedsWeb => {
            "`discord_2fa` richiede il controllo della 2FA di Discord nel browser, che non è attivo per questo bot, quindi nessun membro potrebbe superare quel varco. Non è stato modificato nulla. L'operatore del bot può attivarlo: vedi il README (“Confirming Discord's own 2FA in the browser”)."
        }
        Key::GateRuleDiscord2fa => "2FA di Discord confermata negli ultimi 30 giorni",
        Key::GateSettings => {
            "Canale di log: {log}. Invio della guida all'ingresso: {guide}. Codice per i moderatori: {code}."
        }
        Key::GateSettingsDiscord2faRole => {
            "I membri la cui 2FA di Discord risulta attiva con `/2fa controlla` ricevono {role}; un controllo successivo che la trova disattivata lo toglie."
        }
        Key::GateDiscord2faRoleIsAGate => {
            "{role} è uno dei varchi di questo server, quindi Keygate lo assegna dopo un codice. Scegli un altro ruolo per i membri con la 2FA di Discord, oppure elimina prima quel varco con `/gate elimina`."
        }
        Key::GateRoleIsDiscord2faRole => {
            "{role} è il ruolo che Keygate assegna senza codice ai membri con la 2FA di Discord (`discord_2fa_role`), quindi non può essere anche un varco. Prima interrompi questa funzione con `/gate elimina role:{role}`, oppure scegli un altro ruolo per il varco."
        }
        Key::GatePanelPosted => "✅ Ho pubblicato il pannello di verifica in {channel}.",
        Key::GatePanelForbidden => {
            "Non posso scrivere in {channel}. Dai al mio ruolo **Visualizza canali** e **Invia messaggi** lì, poi riprova."
        }
        Key::GateChannelNotHere => {
            "{channel} non è in questo server. Scegli uno dei canali di questo server, poi riprova."
        }
        Key::GateTargetThemselves => {
            "Non puoi farlo su di te: deve farlo un altro moderatore. Così chi ruba la sessione di un moderatore non può ripristinare o sbloccare il secondo fattore di quello stesso moderatore."
        }
        Key::GateTargetNotBelow => {
            "{user} ha un ruolo pari o superiore al tuo ruolo più alto, quindi non puoi farlo su questo membro. Chiedi a qualcuno con un ruolo più alto."
        }
        Key::GateUnlocked => "🔓 {user} può di nuovo provare i codici.",
        Key::GateRevoked => "Ho tolto {role} a {user}. Può verificarsi di nuovo con `/verifica`.",
        Key::GateResetDone => {
            "Ho ripristinato {user}: il suo autenticatore e i suoi codici di backup sono stati eliminati e il ruolo sta per essere rimosso. {note}"
        }
        Key::GateResetTold => "Il membro è stato avvisato con un messaggio diretto.",
        Key::GateResetNotTold => {
            "Non sono riuscito a inviare un messaggio diretto a questo membro (ha i messaggi diretti chiusi), quindi avvisalo tu."
        }
        Key::GateResetDm => {
            "Un moderatore di **{server}** ha ripristinato lì la tua configurazione a due fattori (motivo: `{reason}`). La tua vecchia voce nell'app di autenticazione e i tuoi codici di backup non funzionano più. Usa `/verifica` nel server per configurarla di nuovo."
        }
        Key::GateStats => {
            "**Membri configurati:** {enrolled}\n**Configurazioni in corso:** {pending}\n**Verificati ora:** {verified}\n**Bloccati ora:** {locked}\n**Cambi di ruolo in attesa:** {waiting}"
        }
        Key::GateAuditEmpty => "Il registro di controllo è vuoto.",
        Key::GateConfig => "**Varchi** ({count} di {max}):\n{gates}\n{settings}",
        Key::GateConfigNoGates => "ancora nessuno (aggiungine uno con `/gate configura`)",
        // The walkthrough of Discord's own two-factor authentication
        Key::GuideSentDm => "📬 Ti ho inviato la guida in un messaggio diretto.",
        Key::GuideDmClosed => {
            "Non sono riuscito a inviarti un messaggio diretto perché hai i messaggi diretti chiusi per questo server, quindi ecco la guida qui. Per consentire i messaggi diretti: apri il menu del server (il suo nome in alto), poi **Impostazioni della privacy** (in alcune versioni: clic destro sull'icona del server → Impostazioni della privacy) e attiva **Messaggi diretti**."
        }
        Key::GuidePageOf => "Pagina {page} di {total}",
        Key::GuideBackButton => "Indietro",
        Key::GuideNextButton => "Avanti",
        Key::GuideDoneButton => "Fatto",
        Key::GuideFinished => "👍 La guida è finita. Usa `/2fa guida` quando vuoi per rileggerla.",
        Key::Guide1Title => "Perché l'autenticazione a due fattori è importante",
        Key::Guide1Body => {
            "La password non basta. Su Discord vengono provate di continuo password rubate, e i **malware che rubano token** (spesso nascosti in “Nitro gratis”, cheat per giochi o programmi falsi) copiano la tua sessione di Discord già aperta, così il ladro non ha nemmeno bisogno della tua password.\n\nL'autenticazione a due fattori (2FA) aggiunge un secondo passaggio: un codice a 6 cifre di un'app sul tuo telefono, che cambia ogni 30 secondi. Chi ha la tua password non può comunque entrare senza il tuo telefono.\n\nLe prossime pagine spiegano come attivarla, come tenere al sicuro i codici di backup e cosa fare se perdi il telefono."
        }
        Key::Guide2Title => "Attiva un'app di autenticazione (computer o browser)",
        Key::Guide2Body => {
            "1. Installa un'app di autenticazione sul telefono: Google Authenticator, Microsoft Authenticator, Aegis, 2FAS o un gestore di password che mostri i codici.\n2. In Discord apri **Impostazioni utente** (l'ingranaggio accanto al tuo nome) → **Il mio account**.\n3. Premi **Enable Authenticator App**. Prima devi aver verificato la tua email.\n4. Inserisci la password di Discord, poi scansiona il codice QR con la tua app (o digita la chiave mostrata sotto).\n5. Digita il codice a 6 cifre che mostra l'app. Fatto: la 2FA è attiva."
        }
        Key::Guide3Title => "Attiva un'app di autenticazione (telefono)",
        Key::Guide3Body => {
            "1. Installa un'app di autenticazione (vedi la pagina precedente).\n2. Nell'app di Discord tocca la tua immagine del profilo, poi l'ingranaggio (**Impostazioni**) → **Account**.\n3. Tocca **Enable Authenticator App** e inserisci la tua password.\n4. Sullo stesso telefono non puoi scansionare il tuo schermo: copia la **chiave** che mostra Discord e incollala nella tua app di autenticazione (“Inserisci una chiave di configurazione”).\n5. Torna su Discord e digita il codice a 6 cifre che mostra l'app."
        }
        Key::Guide4Title => "SMS come riserva",
        Key::Guide4Body => {
            "Quando l'app di autenticazione è attiva, puoi aggiungere il tuo numero di telefono come riserva: **Impostazioni utente → Il mio account → Enable SMS**. Così Discord può mandarti un codice via SMS se non hai l'app a portata di mano.\n\nGli SMS sono meno sicuri di un'app (i numeri di telefono possono essere rubati con uno scambio fraudolento della SIM, il “SIM swap”), quindi usa l'app come metodo principale e gli SMS solo come riserva."
        }
        Key::Guide5Title => "Chiavi di sicurezza e passkey",
        Key::Guide5Body => {
            "Anche una **chiave di sicurezza** (una piccola chiave USB o NFC come una YubiKey) o una **passkey** (salvata sul tuo telefono o computer e sbloccata con impronta, volto o PIN) può essere il tuo secondo passaggio, e non si può rubare con il phishing.\n\nAggiungine una in **Impostazioni utente → Il mio account → Security Keys**. Tieni comunque anche l'app di autenticazione e i codici di backup, nel caso in cui perdessi la chiave."
        }
        Key::Guide6Title => "Salva i codici di backup di Discord",
        Key::Guide6Body => {
            "I codici di backup ti permettono di accedere se perdi il telefono. Ognuno ha 8 caratteri e appare come `XXXX-XXXX`.\n\n1. Apri **Impostazioni utente → Il mio account → View Backup Codes**.\n2. Inserisci la password, poi la chiave di verifica che Discord ti invia per email.\n3. Salva i codici: stampali o conservali in un gestore di password.\n\n⚠️ Se li scarichi, il file si chiama `discord_backup_codes.txt`. I malware che rubano token cercano proprio quel nome di file, quindi **spostalo fuori dalla cartella Download** (oppure stampalo ed eliminalo).\n\n**Generate new codes** crea una nuova serie; quelli vecchi smettono subito di funzionare."
        }
        Key::Guide7Title => "Accedere con un codice di backup",
        Key::Guide7Body => {
            "Hai perso il telefono? Accedi come al solito con email e password. Quando Discord ti chiede il codice a 6 cifre, scegli **Verify with something else**, poi **Use a backup code**, e digita uno dei codici che hai salvato.\n\nUna volta dentro, configura la 2FA sul nuovo telefono e genera nuovi codici di backup."
        }
        Key::Guide8Title => "Domande",
        Key::Guide8Body => {
            "**Posso riutilizzare un codice di backup?** No. Ogni codice funziona una volta sola; cancellalo dalla lista dopo averlo usato.\n\n**Quanti ne ho?** Apri **View Backup Codes** per vedere la tua serie e quali hai già usato. Quando ne restano pochi, premi **Generate new codes**.\n\n**Li ho usati tutti.** Se hai ancora un accesso aperto da qualche parte, apri View Backup Codes e genera subito una nuova serie.\n\n**Ho perso il telefono e i codici.** In quel caso il supporto di Discord non può rimuovere la 2FA per te, e l'account non può essere recuperato. Ecco perché è così importante salvare i codici di backup in un posto sicuro."
        }
        Key::Guide9Title => "La verifica propria di questo server",
        Key::Guide9Body => {
            "La 2FA di Discord protegge il tuo **accesso**. Ma se un malware ruba la tua sessione già aperta, il ladro ha già superato l'accesso.\n\nPer questo il server ha un suo varco: `/verifica` ti chiede un codice di un'app di autenticazione sul telefono prima di darti accesso. Chi ha in mano una sessione rubata non può comunque generare quel codice.\n\nÈ una **voce separata** nella tua app di autenticazione, configurata con il codice QR di questo server e con i suoi codici di backup. Non sostituisce la 2FA di Discord: usale entrambe."
        }
        // On join (sent in the server's language)
        Key::JoinDm => {
            "👋 Ti diamo il benvenuto su **{server}**! Tenere al sicuro il tuo account Discord aiuta anche a tenere al sicuro questa community. Ecco una breve guida per attivare l'autenticazione a due fattori."
        }
        Key::ReverifyReminderDm => {
            "🔁 Ciao! Su {server} è ora di ripetere la verifica con la tua app di autenticazione per {role}. Usa `/verifica` in quel server prima di {when}; altrimenti Keygate lo rimuove (puoi riaverlo quando vuoi verificandoti). Questo messaggio non contiene link di proposito: non digitare mai un codice da nessun'altra parte."
        }
        // Slash commands: names (where a language has its own) and descriptions
        // The browser check of Discord's own 2FA
        Key::Check2faLink => {
            "Premi il pulsante per accedere con Discord nel tuo browser. Discord dice poi a Keygate una sola cosa: se il tuo account ha attiva l'autenticazione a due fattori (2FA). Keygate non conserva nessun accesso e non legge nient'altro.\n\nIl link funziona una volta, per 10 minuti, e solo per te: non condividerlo."
        }
        Key::Check2faButton => "Controlla la mia 2FA di Discord",
        Key::Check2faUnavailable => {
            "Il controllo della 2FA di Discord nel browser non è attivo per questo bot. Puoi comunque attivare la 2FA seguendo i passaggi di `/2fa guida`."
        }
        Key::WebOnTitle => "La 2FA di Discord è attiva",
        Key::WebOnBody => {
            "Il tuo account Discord ha l'autenticazione a due fattori attiva. Keygate l'ha registrato e sei a posto.\n\nPuoi chiudere questa pagina e tornare su Discord."
        }
        Key::WebCheckedAccount => "Controllo eseguito per l'account Discord **{name}**.",
        Key::WebRoleComing => {
            "Il server dà un ruolo apposito ai membri con la 2FA di Discord: lo riceverai tra un momento."
        }
        Key::WebOffTitle => "La 2FA di Discord è disattivata",
        Key::WebOffBody => {
            "Il tuo account Discord non ha ancora attiva l'autenticazione a due fattori (2FA). Chiunque ottenga la tua password o la tua sessione aperta potrebbe prendersi il tuo account.\n\nEcco come attivarla. Quando hai finito, premi **Controlla di nuovo**."
        }
        Key::WebCheckAgainButton => "Controlla di nuovo",
        Key::WebCancelledTitle => "Non è stato controllato nulla",
        Key::WebCancelledBody => {
            "Hai annullato sulla pagina di Discord, quindi Keygate non ha controllato né registrato nulla.\n\nQuando vuoi riprovare, premi il pulsante qui sotto (funziona per 10 minuti da quando l'hai richiesto)."
        }
        Key::WebInvalidTitle => "Questo link non funziona",
        Key::WebInvalidBody => {
            "Questo link di controllo non è stato creato da Keygate, oppure una parte si è persa quando è stato copiato. Non è stato controllato nulla.\n\nIn Discord, usa `/2fa controlla` per avere un nuovo link."
        }
        Key::WebExpiredTitle => "Questo link è scaduto",
        Key::WebExpiredBody => {
            "I link di controllo funzionano per 10 minuti, così nessun altro può usarli. Non è stato controllato nulla.\n\nIn Discord, usa `/2fa controlla` per avere un nuovo link."
        }
        Key::WebSpentTitle => "Questo link è già stato usato",
        Key::WebSpentBody => {
            "Ogni link di controllo funziona una volta. Il controllo che ha avviato è già concluso.\n\nIn Discord, usa `/2fa controlla` per avere un nuovo link se vuoi controllare di nuovo."
        }
        Key::WebOtherAccountTitle => "Era un altro account Discord",
        Key::WebOtherAccountBody => {
            "Questo link è stato creato per un account Discord diverso da quello con cui hai effettuato l'accesso, quindi non è stato registrato nulla.\n\nAccedi a Discord in questo browser con l'account che usi sul server, poi usa di nuovo `/2fa controlla` lì."
        }
        Key::WebDiscordFailedTitle => "Discord non ha confermato l'accesso",
        Key::WebDiscordFailedBody => {
            "Discord non ha risposto a Keygate come previsto, quindi non è stato registrato nulla. Di solito dura poco.\n\nAspetta un minuto, poi usa `/2fa controlla` in Discord per avere un nuovo link."
        }
        Key::WebDatabaseDownTitle => "Keygate non è riuscito a salvare il risultato",
        Key::WebDatabaseDownBody => {
            "Keygate non riesce a raggiungere il suo database in questo momento, quindi non è stato registrato nulla.\n\nAspetta un minuto, poi usa `/2fa controlla` in Discord per avere un nuovo link."
        }
        Key::WebUnavailableTitle => "Il controllo della 2FA di Discord è disattivato",
        Key::WebUnavailableBody => {
            "Questo Keygate non è configurato per controllare la 2FA di Discord nel browser."
        }
        Key::WebNotFoundTitle => "Pagina non trovata",
        Key::WebNotFoundBody => {
            "Qui non c'è niente. I link di Keygate arrivano dal bot su Discord."
        }
        Key::WebBusyTitle => "Troppe richieste insieme",
        Key::WebBusyBody => {
            "Molti membri stanno controllando nello stesso momento, quindi Keygate non ha ancora potuto accettare il tuo controllo. Non è stato controllato nulla.\n\nAspetta qualche secondo, poi ricarica questa pagina."
        }
        Key::CommandVerifyName => "verifica",
        Key::CommandVerifyDescription => {
            "Verificati con la tua app di autenticazione, o configurane una"
        }
        Key::Command2faDescription => {
            "Autenticazione a due fattori: il tuo stato, i codici di backup e la 2FA di Discord"
        }
        Key::Command2faGuideName => "guida",
        Key::Command2faGuideDescription => {
            "Come attivare l'autenticazione a due fattori di Discord"
        }
        Key::Command2faStatusName => "stato",
        Key::Command2faStatusDescription => {
            "La tua configurazione, verifica, codici di backup rimasti e blocco in questo server"
        }
        Key::Command2faBackupCodesName => "codici-di-backup",
        Key::Command2faBackupCodesDescription => {
            "Crea una nuova serie di codici di backup (serve un codice della tua app)"
        }
        Key::Command2faRemoveName => "rimuovi",
        Key::Command2faRemoveDescription => {
            "Elimina il tuo autenticatore e i codici di backup per questo server (serve un codice)"
        }
        Key::Command2faCheckName => "controlla",
        Key::Command2faCheckDescription => {
            "Conferma nel browser che il tuo account Discord ha la 2FA attiva"
        }
        Key::CommandGateDescription => "Moderatori: configura e gestisci il varco di verifica",
        Key::CommandGateSetupDescription => {
            "Aggiungi o modifica un varco (un ruolo dato dopo un codice) e le impostazioni di Keygate"
        }
        Key::CommandGateDropDescription => "Smetti di proteggere un ruolo (chi ce l'ha lo tiene)",
        Key::CommandGatePanelDescription => {
            "Pubblica il pannello di verifica (pulsanti Verifica e Guida 2FA) in un canale"
        }
        Key::CommandGateStatusDescription => {
            "Configurazione, verifica, codici di backup rimasti e blocco di un membro"
        }
        Key::CommandGateUnlockDescription => "Togli il blocco a un membro",
        Key::CommandGateRevokeDescription => {
            "Togli il ruolo di verificato a un membro (tiene l'autenticatore e può verificarsi di nuovo)"
        }
        Key::CommandGateResetDescription => {
            "Ripristina un membro che ha perso il telefono: elimina autenticatore e codici di backup"
        }
        Key::CommandGateStatsDescription => "Conteggi: configurati, verificati, bloccati",
        Key::CommandGateAuditDescription => {
            "Le ultime voci del registro di controllo, per tutti o per un membro"
        }
        Key::CommandGateConfigDescription => "Mostra le impostazioni del varco in questo server",
        // Members' whole life at the gate: one-time codes, two-person approval, the unverified, stats
        Key::VerifiedBypass => {
            "✅ Codice accettato: hai superato il varco con il codice monouso che ti ha dato un moderatore. Ora quel codice non vale più, e la tua vecchia configurazione di autenticazione è stata eliminata. Usa presto di nuovo `/verifica` per configurare l'app di autenticazione sul tuo nuovo telefono: ti servirà la prossima volta."
        }
        Key::ReplyBypassExpired => {
            "Quel codice monouso è scaduto (vale 24 ore). Chiedine uno nuovo a un moderatore."
        }
        Key::GateBypassIssued => {
            "🔑 Codice monouso per {user}:\n`{code}`\n\nFunziona una volta, fino a {when}, al posto di un codice della sua app: il membro usa `/verifica` e lo digita nella casella. Consegnaglielo in un modo di cui ti fidi, mai in un canale pubblico. Dopo, il membro configura di nuovo la sua app di autenticazione. Il codice viene mostrato solo questa volta."
        }
        Key::GateBypassNotEnrolled => {
            "{user} non ha configurato un'app di autenticazione qui, quindi non serve un codice monouso: può usare `/verifica` e configurare subito il nuovo telefono."
        }
        Key::GateTwoPersonOwnerOnly => {
            "Solo il proprietario del server può disattivare l'approvazione di due moderatori o spostare il canale di log mentre è attiva, così l'account di un solo moderatore non può annullarla. Non è cambiato nulla."
        }
        Key::GateAuditActor => " da {user}",
        Key::GateAuditSubject => " per {user}",
        Key::GateTwoPersonNeedsLog => {
            "L'approvazione di due moderatori pubblica ogni richiesta nel canale di log, e questo server non ne ha ancora uno. Aggiungi `log_channel:` allo stesso `/gate configura`, poi riprova. Non è stato modificato nulla."
        }
        Key::GateApprovalRequested => {
            "⏳ La tua richiesta aspetta un secondo moderatore: è in {channel} con i pulsanti *Approva* e *Rifiuta*, e scade {when}. Non puoi approvarla tu."
        }
        Key::GateApprovalNotPosted => {
            "Non sono riuscito a pubblicare la richiesta nel canale di log {channel}, quindi non è stato chiesto né modificato nulla. Dai al mio ruolo **Visualizza canali** e **Invia messaggi** lì, poi riprova."
        }
        Key::ApproveButton => "Approva",
        Key::DenyButton => "Rifiuta",
        Key::ApprovalOwnRequest => {
            "L'hai chiesto tu, quindi deve decidere un altro moderatore. È proprio lo scopo dell'approvazione di due moderatori: un solo account da moderatore rubato non può farlo da solo."
        }
        Key::ApprovalExpired => {
            "Questa richiesta è scaduta (le richieste valgono 24 ore). Se serve ancora, esegui di nuovo il comando."
        }
        Key::ApprovalAlreadyDecided => "Su questa richiesta è già stata presa una decisione.",
        Key::ApprovalDenied => "🚫 Rifiutata: per {user} non è stato modificato nulla.",
        Key::ApprovalNoteApproved => "✅ Approvata da {moderator}.",
        Key::ApprovalNoteDenied => "🚫 Rifiutata da {moderator}.",
        Key::ApprovalNoteExpired => "⌛ Scaduta senza una decisione.",
        Key::GateKickNeedsYourPermission => {
            "Perché io rimuova i membri che non completano la verifica, ti serve tu stesso il permesso **Espelli membri**. Chiedi al proprietario del server o a un amministratore. Non è stato cambiato nulla."
        }
        Key::GateKickNeedsPermission => {
            "Per rimuovere i membri che non completano la verifica mi serve il permesso **Espelli membri**. Dallo al mio ruolo in Impostazioni server → Ruoli, poi esegui di nuovo `/gate configura`. Non è stato modificato nulla."
        }
        Key::GateKickBeforeRemind => {
            "`kick_after` ({kick}) deve essere più lungo di `remind_after` ({remind}), così i membri ricevono prima il promemoria. Non è stato modificato nulla."
        }
        Key::GateUnverifiedNeedsIntent => {
            "Per ricordare la verifica ai membri che non l'hanno fatta, o per rimuoverli, serve l'intent **Server Members** di Discord, che questo bot non ha, quindi Keygate non sa mai chi entra. Non è stato modificato nulla. L'operatore del bot può attivarlo nel Developer Portal (Bot → Privileged Gateway Intents) e riavviare Keygate."
        }
        Key::GateSettingsUnverified => {
            "Nuovi membri che non hanno ancora superato il primo varco: promemoria via messaggio diretto dopo {remind}, rimozione dopo {kick}."
        }
        Key::GateSettingsTwoPerson => {
            "Approvazione di due moderatori per `/gate ripristina` e `/gate codice-monouso`: {on}."
        }
        Key::JoinReminderDm => {
            "👋 Ciao! Hai raggiunto {server} {joined} e non hai ancora completato la verifica lì. Per entrare, usa `/verifica` nel server e segui i passaggi; ci vuole circa un minuto.{kick}"
        }
        Key::JoinReminderKickNote => {
            " Altrimenti Keygate ti rimuoverà dal server {when}. Potrai rientrare più avanti."
        }
        Key::KickAuditReason => {
            "Keygate: non ha superato il varco di verifica entro {after} dall'ingresso"
        }
        Key::StatsWaiting => "**Membri entrati e non ancora verificati:** {waiting}",
        Key::StatsChartHeading => {
            "**Ultimi 30 giorni** (per giorno: ✅ verifiche, ❌ tentativi falliti, 🔒 blocchi, ⚠️ codici riutilizzati). Sono elencati solo i giorni con attività; il grafico li mostra tutti e 30."
        }
        Key::StatsChartNone => {
            "**Ultimi 30 giorni:** nessuna verifica, nessun tentativo fallito, nessun blocco, nessun codice riutilizzato."
        }
        Key::StatsChartTitle => "Keygate, ultimi 30 giorni",
        Key::StatsChartVerifications => "Verifiche",
        Key::StatsChartFailures => "Tentativi falliti",
        Key::StatsChartLockouts => "Blocchi",
        Key::StatsChartReplays => "Codici riutilizzati",
        // Log channel lines (in the server's language). Mentions render as names: the post pings nobody
        Key::LogEnrollmentStarted => {
            "🆕 {user} ha iniziato a configurare un'app di autenticazione."
        }
        Key::LogEnrolled => {
            "✅ {user} ha configurato un'app di autenticazione e ha superato il varco per {role}{until}."
        }
        Key::LogModeratorEnrolled => {
            "🚨 {user}, che può usare `/gate`, ha configurato una nuova app di autenticazione e ha superato il varco per {role}{until}. Finché il codice per i moderatori è attivo, i codici di questa app ora superano i controlli da moderatore. Se non è stato questo membro, il suo account potrebbe essere stato rubato: un altro moderatore dovrebbe usare `/gate ripristina` su questo membro."
        }
        Key::LogVerifiedAuthenticator => {
            "✅ {user} ha superato il varco per {role}{until} con la sua app di autenticazione."
        }
        Key::LogVerifiedBackup => {
            "✅ {user} ha superato il varco per {role}{until} con un codice di backup (codici rimasti: {remaining})."
        }
        Key::LogVerifiedBypass => {
            "✅ {user} ha superato il varco per {role}{until} con il codice monouso di un moderatore. La sua vecchia configurazione di autenticazione è stata eliminata; la prossima volta ne configurerà una nuova."
        }
        Key::LogUntil => " fino a {when}",
        Key::LogNewBackupCodes => "🔑 {user} ha creato una nuova serie di codici di backup.",
        Key::LogRemovedThemselves => "🗑️ {user} ha rimosso il suo autenticatore dal varco.",
        Key::LogReplayed => {
            "⚠️ {user} ha inviato un codice già usato (possibile riutilizzo). Il codice è stato rifiutato.{lock}"
        }
        Key::LogTooManyWrong => "🔒 {user} ha inserito troppi codici sbagliati.{lock}",
        Key::LogNotACode => "❌ {user} ha inserito qualcosa che non è un codice.",
        Key::LogWrongCode => "❌ {user} ha inserito un codice sbagliato.",
        Key::LogLockedUntil => " Blocco attivo fino a {when}.",
        Key::LogLockedUntilUnlocked => {
            " Blocco attivo finché un moderatore non usa `/gate sblocca`."
        }
        Key::LogConfiguredGate => "⚙️ {moderator} ha configurato il varco per {role} ({rules}).",
        Key::LogConfiguredSettings => "⚙️ {moderator} ha modificato le impostazioni.",
        Key::LogConfiguredDetails => " Canale di log: {log}; codice per i moderatori: {code}.",
        Key::LogGateDropped => {
            "⚙️ {moderator} ha eliminato il varco per {role}. I membri che hanno il ruolo lo tengono (quelli a tempo fino alla scadenza)."
        }
        Key::LogPanelPosted => "⚙️ {moderator} ha pubblicato il pannello di verifica in {channel}.",
        Key::LogUnlocked => "🔓 {moderator} ha sbloccato {user}.",
        Key::LogRevoked => "⛔ {moderator} ha tolto {role} a {user}.",
        Key::LogEndedExpired => {
            "⌛ Il tempo di {user} con {role} è finito; il ruolo è stato rimosso."
        }
        Key::LogEndedEarly => "⌛ {user} ha terminato in anticipo il suo tempo con {role}.",
        Key::LogEligibilityLost => {
            "🚪 {user} non ha più {needs}, quindi {role} (che lo richiede) sta per essere rimosso."
        }
        Key::LogReverification => {
            "🔁 Riverifica: promemoria inviati via messaggio diretto: {reminded} (non inviati per messaggi diretti chiusi: {closed}; membri usciti dal server: {left}). Ruoli rimossi a chi non ha ripetuto la verifica in tempo: {removed}."
        }
        Key::LogReset => {
            "♻️ {moderator} ha ripristinato la configurazione a due fattori di {user}. Motivo: `{reason}`"
        }
        Key::LogApprovedBy => " Approvato da {approver}.",
        Key::LogBypassIssued => {
            "🔑 {moderator} ha dato a {user} un codice monouso per un telefono perso (valido fino a {when})."
        }
        Key::LogApprovalReset => {
            "🧑‍⚖️ {moderator} chiede di ripristinare la configurazione a due fattori di {user} (motivo: `{reason}`). Deve approvare un altro moderatore; la richiesta scade {when}."
        }
        Key::LogApprovalBypass => {
            "🧑‍⚖️ {moderator} chiede un codice monouso per {user}, che ha perso il telefono. Deve approvare un altro moderatore; la richiesta scade {when}."
        }
        Key::LogApprovalDenied => {
            "🚫 {approver} ha rifiutato la richiesta di {moderator} per {user}. Non è stato modificato nulla."
        }
        Key::LogRoleNotEligible => {
            "🚪 Non ho dato {role} a {user}: non ha più {needs}, che il varco del ruolo richiede."
        }
        Key::LogRoleDangerous => {
            "⚠️ Non ho dato {role} a {user}: ora il ruolo ha permessi potenti ({permissions}) e il suo varco lascia passare tutti i membri. Aggiungi `eligible:` con `/gate configura`, oppure togli quei permessi al ruolo."
        }
        Key::LogRoleGrantFailed => "⚠️ Non sono riuscito a dare {role} a {user}: {why}",
        Key::LogRoleRemoveFailed => "⚠️ Non sono riuscito a togliere {role} a {user}: {why}",
        Key::LogDiscordGone => {
            "Discord ha risposto 404 (il membro ha lasciato il server, oppure il ruolo è stato eliminato)."
        }
        Key::LogDiscordFailed => "Discord ha risposto {status}.",
        Key::LogOwnerNeeds2faGrant => {
            "Discord ha risposto 403 (codice 60003): questo server richiede la 2FA per le azioni di moderazione, e l'account che possiede l'applicazione di Keygate non ha attivato la 2FA. Per risolvere: **il proprietario dell'applicazione Keygate deve attivare la 2FA** (Discord: Impostazioni utente → Il mio account). Il membro riceverà il ruolo appena sarà attiva."
        }
        Key::LogOwnerNeeds2faRemove => {
            "Discord ha risposto 403 (codice 60003): questo server richiede la 2FA per le azioni di moderazione, e l'account che possiede l'applicazione di Keygate non ha attivato la 2FA. Per risolvere: **il proprietario dell'applicazione Keygate deve attivare la 2FA** (Discord: Impostazioni utente → Il mio account). Fino ad allora il membro tiene il ruolo; verrà tolto appena la 2FA sarà attiva."
        }
        Key::LogForbidden => {
            "Discord ha risposto 403 (accesso negato). Per risolvere: dai al mio ruolo il permesso **Gestisci ruoli** e trascina il mio ruolo **sopra** {role} in Impostazioni server → Ruoli. Poi il membro potrà usare di nuovo `/verifica`."
        }
        Key::LogGuideOnJoin => {
            "📬 Guida all'ingresso: guida alla 2FA inviata ai nuovi membri: {sent}. Non inviata: {closed} (messaggi diretti chiusi), {recent} (già ricevuta negli ultimi 30 giorni), {bots} (bot), {capped} (oltre il limite di {per_window} ogni {window} s)."
        }
        Key::LogUnverified => {
            "⏳ Nuovi membri non verificati: promemoria via messaggio diretto: {reminded} (messaggi diretti chiusi: {closed}); rimossi: {kicked}; esenti: {exempt} (bot, il proprietario, membri con un ruolo ricevuto dopo l'ingresso o sopra il mio ruolo); ancora in attesa: {waiting}. Rimozioni al minuto: al massimo {per_pass}; gli altri aspettano il loro turno."
        }
        Key::LogKickRefused => {
            "⚠️ Non sono riuscito a rimuovere un membro che non ha completato la verifica: Discord ha rifiutato (403). Dai al mio ruolo il permesso **Espelli membri** e trascinalo sopra i ruoli dei membri, oppure disattiva la rimozione con `/gate configura kick_after:off`."
        }
        Key::LogTwoPersonOn => " Approvazione di due moderatori: {on}.",
        Key::LogUnverifiedSettings => {
            " Membri non verificati: promemoria dopo {remind}, rimozione dopo {kick}."
        }
        // Slash commands: the moderator commands' names, and every option's description
        Key::CommandGateSetupName => "configura",
        Key::CommandGateDropName => "elimina",
        Key::CommandGatePanelName => "pannello",
        Key::CommandGateStatusName => "stato",
        Key::CommandGateUnlockName => "sblocca",
        Key::CommandGateRevokeName => "revoca",
        Key::CommandGateResetName => "ripristina",
        Key::CommandGateBypassName => "codice-monouso",
        Key::CommandGateStatsName => "statistiche",
        Key::CommandGateAuditName => "registro",
        Key::CommandGateConfigName => "impostazioni",
        Key::CommandGateBypassDescription => {
            "Un codice monouso per un membro che ha perso il telefono (vale una volta, per 24 h)"
        }
        Key::OptionVerifyRole => {
            "Il ruolo per cui verificarti (predefinito: scegli tra i ruoli che puoi ottenere)"
        }
        Key::OptionSetupRole => "Il ruolo che Keygate assegna dopo un codice valido",
        Key::OptionSetupEligible => {
            "Possono passare solo i membri che hanno già questo ruolo (ad esempio @Moderator)"
        }
        Key::OptionSetupLasts => {
            "Togli il ruolo questo tempo dopo ogni passaggio, es. 1h o 7d (da 1m a 30d; off lo disattiva)"
        }
        Key::OptionSetupReverifyEvery => {
            "Togli il ruolo se non superato di nuovo con questa frequenza, es. 30d (1d-365d; off lo disattiva)"
        }
        Key::OptionSetupDiscord2fa => {
            "Passa solo chi ha confermato la propria 2FA di Discord (/2fa controlla, entro 30 giorni)"
        }
        Key::OptionSetupDiscord2faRole => {
            "Ruolo per i membri la cui 2FA di Discord risulta attiva con /2fa controlla (non un varco)"
        }
        Key::OptionSetupLogChannel => {
            "Un canale per il log di Keygate su verifiche e azioni dei moderatori"
        }
        Key::OptionSetupGuideOnJoin => "Invia ai nuovi membri la guida alla 2FA di Discord",
        Key::OptionSetupModeratorCode => {
            "Chiedi ai moderatori un codice dell'app prima di configura, elimina, sblocca, revoca, ripristina"
        }
        Key::OptionSetupRemindAfter => {
            "Scrivi ai nuovi membri non verificati dopo questo tempo, es. 1d (da 1m a 30d; off lo disattiva)"
        }
        Key::OptionSetupKickAfter => {
            "Rimuovi i nuovi membri non verificati dopo questo tempo, es. 7d (da 1m a 30d; off lo disattiva)"
        }
        Key::OptionSetupTwoPersonReset => {
            "ripristina e codice-monouso richiedono l'approvazione di un secondo moderatore nel canale di log"
        }
        Key::OptionDropRole => "Il ruolo da non proteggere più (chi ce l'ha lo tiene)",
        Key::OptionPanelChannel => "Dove pubblicarlo (predefinito: questo canale)",
        Key::OptionPanelRole => {
            "Il varco a cui porta il pulsante Verifica (predefinito: sceglie il membro)"
        }
        Key::OptionMember => "Il membro",
        Key::OptionRevokeUser => {
            "Il membro a cui togliere i ruoli dei varchi (tiene la sua app di autenticazione)"
        }
        Key::OptionRevokeRole => {
            "Solo questo ruolo di un varco (predefinito: tutti i ruoli dei varchi che ha)"
        }
        Key::OptionResetReason => "Perché (resta nel registro di controllo)",
        Key::OptionAuditUser => "Solo questo membro",
    }
}
