//! French (fr).
//! Tutoiement, as in Discord's French interface; placeholders in braces (`{when}`) stay exactly as they are.

use crate::guide::catalogue::Key;

pub fn text(key: Key) -> &'static str {
    match key {
        // Errors and refusals
        Key::ReplySomethingWentWrong => {
            "Un problème est survenu de notre côté. Réessaie dans un instant ; si ça continue, préviens un modérateur."
        }
        Key::ReplyDatabaseDown => {
            "Keygate n'arrive pas à joindre sa base de données pour le moment. Réessaie dans un petit moment."
        }
        Key::ReplyNotConfigured => {
            "Ce serveur n'a pas encore configuré sa vérification. Un modérateur peut le faire avec `/gate configurer`."
        }
        Key::ReplyNotAGate => {
            "{role} n'est pas (ou plus) l'une des portes de ce serveur. Lance `/verifier` pour voir les rôles pour lesquels tu peux te vérifier."
        }
        Key::ReplyNotEligible => {
            "Seuls les membres qui ont {needs} peuvent passer la porte de {role}, et tu ne l'as pas. Rien n'a été compté contre toi. Si tu penses que tu devrais l'avoir, demande à un modérateur."
        }
        Key::ReplyNoGateOpen => {
            "Les portes de ce serveur sont réservées aux membres qui ont l'un de ces rôles : {roles}. Tu n'en as aucun, tu n'as donc rien à vérifier ici. Rien n'a été compté contre toi."
        }
        Key::ReplyNotEnrolled => {
            "Tu n'as pas encore configuré d'application d'authentification pour ce serveur. Lance `/verifier` pour commencer."
        }
        Key::ReplyAlreadyEnrolled => {
            "Tu as déjà configuré une application d'authentification ici. Lance `/verifier` et saisis le code à 6 chiffres qu'elle affiche."
        }
        Key::ReplyEnrollmentExpired => {
            "La configuration a pris plus de 15 minutes, elle a donc expiré pour ta sécurité. Lance `/verifier` pour recommencer avec un nouveau QR code."
        }
        Key::ReplyNeedsAuthenticator => {
            "Pour ceci, utilise le code à 6 chiffres de ton appli d'authentification, pas un code de secours. Les codes de secours servent à entrer quand ton téléphone est perdu ; changer ta configuration demande le téléphone lui-même, car quelqu'un qui vole ta session Discord peut aussi avoir tes codes de secours enregistrés."
        }
        Key::ReplyNotACode => {
            "Ce code n'est pas valide. Saisis les 6 chiffres que ton application d'authentification affiche en ce moment (par exemple `123456`), ou l'un de tes codes de secours (comme `1ABC-DEFG-HJKM-NPQR`)."
        }
        Key::ReplyWrongCode => {
            "Ce code ne correspond pas. Vérifie que tu regardes bien l'entrée de ce serveur dans ton application d'authentification, et saisis le code qu'elle affiche en ce moment."
        }
        Key::ReplyReplayed => {
            "Ce code a déjà été utilisé, il ne peut donc plus servir. Attends que ton application affiche un nouveau code (il change toutes les 30 secondes). Si ce n'est pas toi qui l'as utilisé, préviens un modérateur : quelqu'un l'a peut-être vu."
        }
        Key::ReplyLockedUntil => {
            "Trop de codes incorrects. Pour ta sécurité, la vérification est suspendue jusqu'à {when}. Réessaie à ce moment-là."
        }
        Key::ReplyLockedUntilUnlocked => {
            "Trop de codes incorrects : la vérification est verrouillée pour ton compte ici jusqu'à ce qu'un modérateur la débloque."
        }
        Key::ReplyGuildOnly => "Keygate fonctionne dans un serveur. Lance cette commande là-bas.",
        Key::ReplyStaleForm => "Ce formulaire n'est plus à jour. Relance la commande.",
        Key::ReplyOnlyModerators => {
            "Seuls les modérateurs peuvent utiliser `/gate` (il faut la permission **Gérer le serveur**)."
        }
        Key::ReplyNotVerified => "Ce membre n'est pas vérifié pour le moment.",
        Key::ReplyBadArgument => {
            "Je n'ai pas pu lire cette option. Choisis-la dans la liste que Discord affiche, puis réessaie."
        }
        Key::ReplyNotLocked => "Ce membre n'est pas verrouillé.",
        Key::ReplyBusy => {
            "Une autre vérification de ton code est encore en cours. Attends un instant, puis réessaie."
        }
        Key::ReplyTooManySetups => {
            "Tu as commencé à configurer une appli d'authentification 3 fois dans la dernière heure. Pour ta sécurité, tu pourras recommencer {when}."
        }
        Key::ReplyTooManyRemovals => {
            "Tu as supprimé ta configuration d'authentification ici 3 fois aujourd'hui. Pour ta sécurité, tu pourras la supprimer à nouveau {when}."
        }
        Key::ReplyTooManyBackupCodeSets => {
            "Tu as créé 3 nouvelles séries de codes de secours aujourd'hui. Pour ta sécurité, tu pourras en créer une autre {when}. Tes codes actuels fonctionnent toujours."
        }
        // Enrollment
        Key::ReplyNeedsDiscord2fa => {
            "La porte pour {role} est réservée aux membres dont le propre compte Discord a l'authentification à deux facteurs (A2F) activée. Keygate n'a pas vu la tienne activée ces 30 derniers jours, donc rien n'a été compté contre toi.\n\nAppuie sur le bouton pour le montrer dans ton navigateur (ça prend une minute), puis réessaie. Si l'A2F est désactivée, la page explique comment l'activer."
        }
        Key::EnrollInstructions => {
            "**Configure ton application d'authentification** (visible uniquement par toi)\n1. Installe une application d'authentification sur ton téléphone si tu n'en as pas : Google Authenticator, Microsoft Authenticator, Aegis, 2FAS ou un gestionnaire de mots de passe qui gère les codes.\n2. Dans l'application, appuie sur **+** et scanne le QR code ci-dessous. Pas d'appareil photo ? Choisis « saisir une clé de configuration » et tape :\n`{key}`\n3. L'application affiche maintenant un code à 6 chiffres qui change toutes les 30 secondes. Appuie sur **Saisir le code** et tape-le.\n\nCette configuration expire {expires}. Ne partage jamais ce QR code ni cette clé : toute personne qui les a peut générer tes codes."
        }
        Key::EnrollEnterCodeButton => "Saisir le code",
        Key::PickGatePrompt => {
            "Pour quel rôle veux-tu te vérifier ? Choisis-en un ci-dessous (toi seul vois ce message)."
        }
        Key::PickGatePlaceholder => "Choisir un rôle",
        Key::ConfirmModalTitle => "Confirme ton application d'authentification",
        Key::VerifyModalTitle => "Vérifie que c'est bien toi",
        Key::BackupCodesModalTitle => "Nouveaux codes de secours",
        Key::RemoveModalTitle => "Supprimer ton authentificateur",
        Key::CodeInputLabel => "Code à 6 chiffres de ton application",
        Key::CodeOrBackupInputLabel => "Code de ton application ou code de secours",
        Key::BackupCodesFirstTime => {
            "✅ **Ton application d'authentification est configurée.**\n\nVoici tes **codes de secours**. Si tu perds ton téléphone, chacun remplace une seule fois un code à 6 chiffres. Enregistre-les maintenant (le fichier ci-dessous, un gestionnaire de mots de passe ou sur papier) : ils ne seront plus jamais affichés."
        }
        Key::BackupCodesRenewed => {
            "🔑 **Tes nouveaux codes de secours.** Tes anciens codes viennent de cesser de fonctionner. Enregistre ceux-ci maintenant : ils ne seront plus jamais affichés."
        }
        Key::BackupCodesFileIntro => {
            "Codes de secours Keygate pour le serveur Discord « {server} »\nChaque code fonctionne une seule fois, à la place du code à 6 chiffres de ton application d'authentification.\nGarde ce fichier dans un endroit sûr et privé (un gestionnaire de mots de passe, ou imprimé sur papier)."
        }
        // Verification
        Key::VerifiedAuthenticator => {
            "✅ Vérification réussie avec ton application d'authentification."
        }
        Key::VerifiedBackup => {
            "✅ Vérification réussie avec un code de secours. Ce code est maintenant utilisé ; il t'en reste {remaining}."
        }
        Key::VerifiedBackupLow => {
            "✅ Vérification réussie avec un code de secours. ⚠️ Il ne te reste que {remaining} code(s) de secours : lance `/2fa codes-de-secours` pour en générer une nouvelle série."
        }
        Key::RoleGranted => "Ton rôle a été ajouté. Bienvenue !",
        Key::RolePending => "Ton rôle arrive ; il peut mettre une minute à apparaître.",
        Key::RoleForbidden => {
            "Ta vérification est réussie, mais je n'ai pas pu te donner le rôle {role} : Discord a refusé (il me manque la permission Gérer les rôles, ou mon rôle est en dessous de ce rôle). Les modérateurs ont été prévenus ; tu recevras le rôle dès qu'ils auront corrigé ça."
        }
        Key::RoleOwnerNeeds2fa => {
            "Tu es vérifié, mais je ne peux pas encore te donner le rôle {role} : ce serveur exige l'authentification à deux facteurs (A2F) pour la modération, et la personne à qui appartient le bot Keygate ne l'a pas activée sur son propre compte Discord. Les modérateurs ont été prévenus ; tu recevras le rôle dès que ce sera réglé."
        }
        Key::RoleGone => {
            "Tu es vérifié, mais le rôle n'a pas pu être ajouté : Discord indique que tu n'es plus sur ce serveur, ou que le rôle a été supprimé. Si tu es toujours là, préviens un modérateur."
        }
        Key::RoleFailed => {
            "Tu es vérifié, mais Discord a refusé d'ajouter le rôle. Les modérateurs ont été prévenus."
        }
        Key::RoleTimed => {
            "⏳ Tu as {role} jusqu'à {when}. Quand tu as fini, appuie sur **Terminer** pour le rendre plus tôt."
        }
        Key::EndNowButton => "Terminer",
        Key::RoleEnded => {
            "C'est fait : {role} est en train d'être retiré. Lance `/verifier` quand tu en auras de nouveau besoin."
        }
        Key::RoleEndNotHeld => "Tu n'as plus {role} par la porte, il n'y a donc rien à terminer.",
        Key::RoleNotEligible => {
            "Ton code était bon, mais tu n'as plus le rôle dont la porte de {role} a besoin, je ne te l'ai donc pas donné. Si c'est une erreur, demande à un modérateur."
        }
        Key::RoleDangerous => {
            "Ton code était bon, mais je ne t'ai pas donné {role} : ce rôle a maintenant des permissions de modération puissantes et cette porte laisse passer tout le monde. Les modérateurs ont été prévenus."
        }
        Key::RoleSuperseded => {
            "Ton rôle n'a finalement pas été ajouté : un changement plus récent l'a remplacé (un modérateur l'a retiré, ou son temps est écoulé). Relance `/verifier` si tu en as encore besoin."
        }
        Key::Removed => {
            "C'est fait : ton authentificateur et tes codes de secours pour ce serveur sont supprimés, et le rôle de membre vérifié est en cours de retrait. Lance `/verifier` quand tu veux pour tout reconfigurer."
        }
        // Status
        Key::StatusBody => {
            "**Application d'authentification :** {enrollment}\n**Rôles obtenus par la porte :** {verified}\n**Codes de secours restants :** {codes}\n**Verrouillage :** {lockout}\n**Dernière vérification :** {last}"
        }
        Key::StatusEnrollmentNone => "non configurée",
        Key::StatusEnrollmentPending => {
            "configuration commencée, en attente du premier code (expire le {when})"
        }
        Key::StatusEnrollmentExpired => "la configuration a expiré avant d'être terminée",
        Key::StatusEnrollmentConfirmed => "configurée le {when}",
        Key::StatusYes => "oui",
        Key::StatusNo => "non",
        Key::StatusHeldUntil => "{role} jusqu'à {when}",
        Key::StatusHeldReverify => "{role} (à revérifier avant {when})",
        Key::StatusLockoutNone => "aucun",
        Key::StatusLockoutUntil => "verrouillé jusqu'à {when}",
        Key::StatusLockoutModerator => "verrouillé jusqu'à ce qu'un modérateur débloque",
        Key::StatusNever => "jamais",
        // The verification panel (posted in the server's language)
        Key::PanelBody => {
            "🔐 **Vérification**\nCe serveur demande à ses membres de prouver que c'est bien eux, avec un code d'une application d'authentification, avant de leur donner accès. Appuie sur **Vérifier** pour commencer (ça prend environ une minute la première fois).\nTu découvres l'authentification à deux facteurs ? Appuie sur **Guide 2FA**."
        }
        Key::PanelVerifyButton => "Vérifier",
        Key::PanelGuideButton => "Guide 2FA",
        // Moderator replies
        Key::GateRoleProblem => "Je ne peux pas encore utiliser ce rôle. {problem}",
        Key::GateRoleEveryone => {
            "C'est le rôle @everyone, que tous les membres ont déjà. Crée un rôle comme « Vérifié » et choisis-le à la place."
        }
        Key::GateRoleManaged => {
            "{role} est géré par une intégration (un bot ou un abonnement), donc personne ne peut l'attribuer à la main. Crée un rôle normal comme « Vérifié » et choisis-le à la place."
        }
        Key::GateRoleNoManageRoles => {
            "Je n'ai pas la permission **Gérer les rôles**, donc je n'ai pas pu attribuer le rôle. Donne la permission Gérer les rôles à mon rôle dans Paramètres du serveur → Rôles, puis relance `/gate configurer`."
        }
        Key::GateRoleTooHigh => {
            "{role} est au-dessus de mon rôle le plus haut (ou au même niveau), et Discord ne me laisse attribuer que des rôles situés en dessous du mien. Dans Paramètres du serveur → Rôles, fais glisser mon rôle au-dessus de {role}, puis relance `/gate configurer`."
        }
        Key::GateRoleInvokerNoManageRoles => {
            "Tu dois toi-même avoir la permission **Gérer les rôles** pour choisir le rôle donné par la vérification."
        }
        Key::GateRoleInvokerTooLow => {
            "{role} est au-dessus (ou au même niveau) de ton rôle le plus haut : tu ne peux pas le donner toi-même, et la vérification non plus à ta place. Demande à quelqu'un qui a un rôle plus haut."
        }
        Key::GateSetupDone => {
            "✅ Porte enregistrée : {gate}.\n{settings}\nEnsuite : publie le bouton Vérifier avec `/gate panneau`."
        }
        Key::GateSetupMembersIntent => {
            "⚠️ Le guide à l'arrivée est activé, mais ce bot a été démarré sans l'intent Server Members, il ne voit donc pas les nouveaux membres arriver. La personne qui gère le bot peut l'activer : voir le README (« Guide on join »)."
        }
        Key::GateSetupOwnerNeeds2fa => {
            "⚠️ Ce serveur exige l'A2F pour les actions de modération, et le compte à qui appartient l'application Keygate ne l'a pas activée : Discord refusera donc chaque rôle que Keygate donne ou retire. Le propriétaire de l'application Keygate doit activer l'A2F (Discord : Paramètres utilisateur → Mon compte) ; rien d'autre ne règle le problème."
        }
        Key::GateSetupLogChannelRefused => {
            "⚠️ Je n'ai pas pu écrire dans le salon de journal {channel} : Discord a refusé. Donne à mon rôle **Voir le salon** et **Envoyer des messages** dans ce salon, puis relance `/gate configurer` ; d'ici là, je n'essaierai que toutes les 15 minutes, et les entrées du journal entre-temps sont perdues."
        }
        Key::ReplyServerPaused => {
            "⏸️ Discord a refusé trop de mes requêtes sur ce serveur ces dernières minutes (un salon où je ne peux pas écrire, ou des rôles que je ne peux pas donner), alors je me retiens ici pour l'instant. Corrige cela, puis réessaie dans une dizaine de minutes."
        }
        Key::GateSetupEligibleWithoutIntent => {
            "ℹ️ Ce bot tourne sans l'intent Server Members, il ne voit donc pas les rôles changer : quelqu'un qui perd le rôle requis perd le rôle de cette porte à son prochain `/verifier`, à l'expiration ou à la revérification du rôle, ou avant une nouvelle attribution, pas tout de suite. L'opérateur du bot peut activer l'intent (voir le README)."
        }
        Key::GateLastsAndReverify => {
            "Une porte ne peut pas avoir à la fois `lasts` et `reverify_every` : un rôle temporaire est de toute façon retiré à la fin de son temps. Garde l'un des deux (mets l'autre à `off`), puis réessaie."
        }
        Key::GateModeratorCodeEnrollFirst => {
            "Avant d'activer `moderator_code`, configure ta propre application d'authentification ici avec `/verifier` : ensuite, les commandes de modération demandent son code, et sans elle tu te bloquerais toi-même."
        }
        Key::GateTooManyGates => {
            "Ce serveur a déjà {max} portes, le maximum permis par Keygate. Supprimes-en d'abord une avec `/gate supprimer`, puis réessaie."
        }
        Key::GateDropped => {
            "C'est fait : Keygate ne garde plus {role}. Les membres qui l'ont le gardent (un rôle temporaire est quand même retiré à son heure)."
        }
        Key::GateNotAGate => {
            "{role} n'est pas une porte ici. `/gate reglages` liste les portes de ce serveur."
        }
        Key::GateDangerous => {
            "⚠️ {role} a des permissions puissantes : {permissions}. Sans `eligible`, chaque membre qui configure une application d'authentification les obtiendrait. Ajoute `eligible:` avec le rôle qui peut passer (par exemple `eligible:@Moderator`), ou retire ces permissions de {role} (dans ses paramètres et dans les permissions des salons), puis réessaie."
        }
        Key::PermAdministrator => "Administrateur",
        Key::PermManageServer => "Gérer le serveur",
        Key::PermManageRoles => "Gérer les rôles",
        Key::PermManageChannels => "Gérer les salons",
        Key::PermManageWebhooks => "Gérer les webhooks",
        Key::PermBanMembers => "Bannir des membres",
        Key::PermKickMembers => "Expulser des membres",
        Key::PermTimeoutMembers => "Exclure temporairement des membres",
        Key::PermManageMessages => "Gérer les messages",
        Key::PermMentionEveryone => "Mentionner @everyone, @here et tous les rôles",
        Key::GateDurationUnreadable => {
            "Je ne peux pas lire `{value}` comme une durée pour `{option}`. Écris-la comme `90m`, `1h`, `12h` ou `7d` (de {min} à {max}), ou `off` pour l'effacer."
        }
        Key::GateDurationOutOfRange => {
            "`{option}` doit être entre {min} et {max} ; `{value}` est en dehors. Choisis une durée dans cet intervalle, ou `off` pour l'effacer."
        }
        Key::GateEligibleEveryone => {
            "`eligible` ne peut pas être @everyone : chaque membre l'a, ça ne limiterait donc pas qui passe la porte de {role}. Choisis le rôle que les membres doivent déjà avoir (par exemple @Moderator), ou n'utilise pas `eligible`."
        }
        Key::GateEligibleSelf => {
            "`eligible` ne peut pas être {role} lui-même : seuls ceux qui l'ont déjà pourraient passer, donc personne de nouveau. Choisis un autre rôle (par exemple @Moderator pour une porte sur @Moderator (actif))."
        }
        Key::GateEligibleOpenGate => {
            "`eligible` ne peut pas être {eligible} : tout membre peut l'obtenir par sa propre porte, ça ne limiterait donc pas qui passe la porte de {role}. Choisis un rôle que les modérateurs donnent à la main (par exemple @Moderator)."
        }
        Key::StepUpModalTitle => "Vérification : ton code",
        Key::StepUpEnrollFirst => {
            "Ce serveur demande aux modérateurs un code de leur application d'authentification avant cette commande, et tu n'en as pas encore configuré ici. Lance `/verifier` pour la configurer, puis réessaie."
        }
        Key::StepUpExpired => {
            "Cette vérification a expiré (elle dure 5 minutes) ou a déjà servi. Relance la commande."
        }
        Key::StepUpNotDone => {
            "La commande n'a pas été exécutée. Relance-la quand tu as un nouveau code."
        }
        Key::GateNone => "aucun",
        Key::GateOn => "activé",
        Key::GateOff => "désactivé",
        Key::GateRuleEveryone => "tout membre peut passer",
        Key::GateRuleEligible => "seulement les membres avec {role}",
        Key::GateRulePermanent => "gardé pour de bon",
        Key::GateRuleLasts => "retiré {period} après chaque passage",
        Key::GateRuleReverify => "retiré s'il n'est pas repassé tous les {period}",
        Key::GateDiscord2faNeedsWeb => {
            "`discord_2fa` a besoin de la vérification de l'A2F Discord dans le navigateur, qui n'est pas activée pour ce bot : aucun membre ne pourrait passer cette porte. Rien n'a été changé. L'opérateur du bot peut l'activer : voir le README (\"Confirming Discord's own 2FA in the browser\")."
        }
        Key::GateRuleDiscord2fa => "A2F Discord confirmée depuis moins de 30 jours",
        Key::GateSettings => {
            "Salon de journal : {log}. Guide à l'arrivée : {guide}. Code des modérateurs : {code}."
        }
        Key::GateSettingsDiscord2faRole => {
            "Les membres dont `/2fa verifier` a trouvé l'A2F Discord activée reçoivent {role} ; une vérification ultérieure qui la trouve désactivée le retire."
        }
        Key::GateDiscord2faRoleIsAGate => {
            "{role} est une des portes de ce serveur : Keygate la donne après un code. Choisis un autre rôle pour les membres avec l'A2F Discord, ou retire d'abord cette porte avec `/gate supprimer`."
        }
        Key::GateRoleIsDiscord2faRole => {
            "{role} est le rôle que Keygate donne sans code aux membres ayant l'A2F Discord (`discord_2fa_role`) : il ne peut pas être aussi une porte. Arrête d'abord cela avec `/gate supprimer role:{role}`, ou choisis un autre rôle pour la porte."
        }
        Key::GatePanelPosted => "✅ Panneau de vérification publié dans {channel}.",
        Key::GatePanelForbidden => {
            "Je ne peux pas publier dans {channel}. Donne à mon rôle les permissions **Voir le salon** et **Envoyer des messages** dans ce salon, puis réessaie."
        }
        Key::GateChannelNotHere => {
            "{channel} n'est pas sur ce serveur. Choisis un salon de ce serveur, puis réessaie."
        }
        Key::GateTargetThemselves => {
            "Tu ne peux pas faire ça sur toi-même : un autre modérateur doit s'en charger. Ainsi, quelqu'un qui vole la session d'un modérateur ne peut pas réinitialiser ni débloquer le second facteur de ce modérateur."
        }
        Key::GateTargetNotBelow => {
            "{user} a un rôle égal ou supérieur à ton rôle le plus haut, tu ne peux donc pas faire ça. Demande à quelqu'un avec un rôle plus élevé."
        }
        Key::GateUnlocked => "🔓 {user} peut de nouveau essayer des codes.",
        Key::GateRevoked => {
            "Rôle {role} retiré à {user}, qui peut se vérifier à nouveau avec `/verifier`."
        }
        Key::GateResetDone => {
            "Réinitialisation de {user} effectuée : son authentificateur et ses codes de secours sont supprimés, et le rôle est en cours de retrait. {note}"
        }
        Key::GateResetTold => "Cette personne a été prévenue en message privé.",
        Key::GateResetNotTold => {
            "Je n'ai pas pu lui envoyer de message privé (ses MP sont fermés), alors pense à prévenir cette personne toi-même."
        }
        Key::GateResetDm => {
            "L'équipe de modération de **{server}** a réinitialisé ta configuration d'authentification à deux facteurs sur ce serveur (raison : `{reason}`). Ton ancienne entrée dans ton application d'authentification et tes anciens codes de secours ne fonctionnent plus. Lance `/verifier` sur le serveur pour tout reconfigurer."
        }
        Key::GateStats => {
            "**Membres inscrits :** {enrolled}\n**Configurations en cours :** {pending}\n**Vérifiés actuellement :** {verified}\n**Verrouillés actuellement :** {locked}\n**Changements de rôle en attente :** {waiting}"
        }
        Key::GateAuditEmpty => "Le journal d'audit est vide.",
        Key::GateConfig => "**Portes** ({count} sur {max}) :\n{gates}\n{settings}",
        Key::GateConfigNoGates => "aucune pour l'instant (ajoute-en une avec `/gate configurer`)",
        // The walkthrough of Discord's own two-factor authentication
        Key::GuideSentDm => "📬 Je t'ai envoyé le guide en message privé.",
        Key::GuideDmClosed => {
            "Je n'ai pas pu t'envoyer de message privé car tes MP sont fermés pour ce serveur, alors voici le guide ici. Pour autoriser les MP : ouvre le menu du serveur (son nom, en haut), puis **Paramètres de confidentialité** (sur certaines versions : clic droit sur l'icône du serveur → Paramètres de confidentialité) et active **Messages privés**."
        }
        Key::GuidePageOf => "Page {page} sur {total}",
        Key::GuideBackButton => "Retour",
        Key::GuideNextButton => "Suivant",
        Key::GuideDoneButton => "Terminé",
        Key::GuideFinished => {
            "👍 C'est tout pour ce guide. Lance `/2fa guide` quand tu veux pour le relire."
        }
        Key::Guide1Title => "Pourquoi l'authentification à deux facteurs est importante",
        Key::Guide1Body => {
            "Ton mot de passe ne suffit pas. Des mots de passe volés sont testés sur Discord en permanence, et les **malwares voleurs de token** (souvent cachés dans du « Nitro gratuit », des triches pour jeux ou de faux logiciels) copient ta session Discord déjà connectée : le voleur n'a même pas besoin de ton mot de passe.\n\nL'authentification à deux facteurs (2FA) ajoute une deuxième étape : un code à 6 chiffres, donné par une application sur ton téléphone, qui change toutes les 30 secondes. Même avec ton mot de passe, personne ne peut se connecter sans ton téléphone.\n\nLes pages suivantes expliquent comment l'activer, comment garder tes codes de secours en sécurité et quoi faire si tu perds ton téléphone."
        }
        Key::Guide2Title => "Activer une application d'authentification (ordinateur ou navigateur)",
        Key::Guide2Body => {
            "1. Installe une application d'authentification sur ton téléphone : Google Authenticator, Microsoft Authenticator, Aegis, 2FAS ou un gestionnaire de mots de passe qui affiche des codes.\n2. Dans Discord, ouvre les **Paramètres utilisateur** (l'engrenage à côté de ton nom) → **Mon compte**.\n3. Clique sur **Activer l'application d'authentification**. Ton adresse e-mail doit d'abord être vérifiée.\n4. Saisis ton mot de passe Discord, puis scanne le QR code avec ton application (ou tape la clé affichée en dessous).\n5. Tape le code à 6 chiffres affiché par l'application. C'est fait : la 2FA est activée."
        }
        Key::Guide3Title => "Activer une application d'authentification (téléphone)",
        Key::Guide3Body => {
            "1. Installe une application d'authentification (voir la page précédente).\n2. Dans l'application Discord, appuie sur ta photo de profil, puis sur l'engrenage (**Paramètres**) → **Compte**.\n3. Appuie sur **Activer l'application d'authentification** et saisis ton mot de passe.\n4. Sur le même téléphone, tu ne peux pas scanner ton propre écran : copie la **clé** affichée par Discord et colle-la dans ton application d'authentification (« saisir une clé de configuration »).\n5. Reviens dans Discord et tape le code à 6 chiffres affiché par l'application."
        }
        Key::Guide4Title => "Les SMS en secours",
        Key::Guide4Body => {
            "Une fois l'application d'authentification activée, tu peux ajouter ton numéro de téléphone en secours : **Paramètres utilisateur → Mon compte → Enable SMS**. Discord peut alors t'envoyer un code par SMS si tu n'as pas l'application sous la main.\n\nLes SMS sont moins sûrs qu'une application (un numéro de téléphone peut être volé par « SIM swap »), alors garde l'application comme méthode principale et les SMS comme roue de secours."
        }
        Key::Guide5Title => "Clés de sécurité et clés d'accès",
        Key::Guide5Body => {
            "Une **clé de sécurité** (une petite clé USB ou NFC, comme une YubiKey) ou une **clé d'accès** (passkey, enregistrée sur ton téléphone ou ton ordinateur et déverrouillée avec ton empreinte, ton visage ou ton code PIN) peut aussi servir de deuxième étape, et elle résiste au hameçonnage (phishing).\n\nAjoutes-en une dans **Paramètres utilisateur → Mon compte → Security Keys**. Garde quand même ton application d'authentification et tes codes de secours, au cas où tu perdrais la clé."
        }
        Key::Guide6Title => "Enregistrer les codes de secours de Discord",
        Key::Guide6Body => {
            "Les codes de secours te permettent de te connecter si tu perds ton téléphone. Chacun fait 8 caractères, affichés sous la forme `XXXX-XXXX`.\n\n1. Ouvre **Paramètres utilisateur → Mon compte → View Backup Codes**.\n2. Saisis ton mot de passe, puis la clé de vérification que Discord t'envoie par e-mail.\n3. Enregistre les codes : imprime-les ou garde-les dans un gestionnaire de mots de passe.\n\n⚠️ Si tu les télécharges, le fichier s'appelle `discord_backup_codes.txt`. Les malwares voleurs de token cherchent exactement ce nom de fichier, alors **sors-le de ton dossier Téléchargements** (ou imprime-le, puis supprime-le).\n\nLe bouton **Generate new codes** crée une nouvelle série ; les anciens codes cessent aussitôt de fonctionner."
        }
        Key::Guide7Title => "Se connecter avec un code de secours",
        Key::Guide7Body => {
            "Tu as perdu ton téléphone ? Connecte-toi comme d'habitude avec ton e-mail et ton mot de passe. Quand Discord te demande le code à 6 chiffres, choisis **Verify with something else**, puis **Use a backup code**, et tape l'un des codes que tu as enregistrés.\n\nUne fois dans ton compte, configure la 2FA sur ton nouveau téléphone et génère de nouveaux codes de secours."
        }
        Key::Guide8Title => "Questions fréquentes",
        Key::Guide8Body => {
            "**Est-ce que je peux réutiliser un code de secours ?** Non. Chaque code ne fonctionne qu'une fois : raye-le après l'avoir utilisé.\n\n**Combien m'en reste-t-il ?** Ouvre **View Backup Codes** pour voir ta série et ceux que tu as déjà utilisés. Quand il t'en reste peu, appuie sur **Generate new codes**.\n\n**Je les ai tous utilisés.** Si ta session est encore ouverte quelque part, ouvre View Backup Codes et génère tout de suite une nouvelle série.\n\n**J'ai perdu mon téléphone et mes codes.** Dans ce cas, le support Discord ne peut pas retirer la 2FA pour toi, et le compte ne peut pas être récupéré. C'est pour ça qu'il est si important de garder tes codes de secours en lieu sûr."
        }
        Key::Guide9Title => "La vérification propre à ce serveur",
        Key::Guide9Body => {
            "La 2FA de Discord protège ta **connexion**. Mais si un malware vole ta session déjà connectée, le voleur a déjà passé l'étape de connexion.\n\nC'est pour ça que ce serveur a sa propre vérification : `/verifier` demande un code d'une application d'authentification sur ton téléphone avant de te donner accès. Une personne qui détient une session volée ne peut toujours pas fournir ce code.\n\nC'est une **entrée séparée** dans ton application d'authentification, configurée avec le QR code de ce serveur et avec ses propres codes de secours. Elle ne remplace pas la 2FA de Discord : utilise les deux."
        }
        // On join (sent in the server's language)
        Key::JoinDm => {
            "👋 Bienvenue sur **{server}** ! Protéger ton compte Discord, c'est aussi protéger cette communauté. Voici un petit guide pour activer l'authentification à deux facteurs."
        }
        Key::ReverifyReminderDm => {
            "🔁 Salut ! Sur {server}, une nouvelle vérification avec ton application d'authentification est due pour {role}. Lance `/verifier` sur ce serveur avant {when} ; sinon Keygate le retire (tu pourras le récupérer à tout moment en te vérifiant). Ce message n'a volontairement aucun lien : ne tape jamais un code ailleurs."
        }
        // Slash commands: names (where a language has its own) and descriptions
        // The browser check of Discord's own 2FA
        Key::Check2faLink => {
            "Appuie sur le bouton pour te connecter à Discord dans ton navigateur. Discord indique alors une seule chose à Keygate : si l'authentification à deux facteurs (A2F) est activée sur ton compte. Keygate ne garde aucune connexion et ne lit rien d'autre.\n\nLe lien fonctionne une fois, pendant 10 minutes, et pour toi seul : ne le partage pas."
        }
        Key::Check2faButton => "Vérifier mon A2F Discord",
        Key::Check2faUnavailable => {
            "La vérification de l'A2F Discord dans le navigateur n'est pas activée pour ce bot. Tu peux quand même activer l'A2F en suivant `/2fa guide`."
        }
        Key::WebOnTitle => "L'A2F Discord est activée",
        Key::WebOnBody => {
            "L'authentification à deux facteurs est activée sur ton compte Discord. Keygate l'a noté, tout est en ordre.\n\nTu peux fermer cette page et retourner sur Discord."
        }
        Key::WebCheckedAccount => "Vérifié pour le compte Discord **{name}**.",
        Key::WebRoleComing => {
            "Le serveur donne un rôle aux membres qui ont l'A2F Discord : tu l'auras dans un instant."
        }
        Key::WebOffTitle => "L'A2F Discord est désactivée",
        Key::WebOffBody => {
            "L'authentification à deux facteurs (A2F) n'est pas encore activée sur ton compte Discord. Quiconque obtient ton mot de passe ou ta session connectée pourrait prendre ton compte.\n\nVoici comment l'activer. Quand c'est fait, appuie sur **Vérifier à nouveau**."
        }
        Key::WebCheckAgainButton => "Vérifier à nouveau",
        Key::WebCancelledTitle => "Rien n'a été vérifié",
        Key::WebCancelledBody => {
            "Tu as annulé sur la page de Discord, donc Keygate n'a rien vérifié ni noté.\n\nQuand tu veux réessayer, appuie sur le bouton ci-dessous (il fonctionne 10 minutes après ta demande)."
        }
        Key::WebInvalidTitle => "Ce lien ne fonctionne pas",
        Key::WebInvalidBody => {
            "Ce lien de vérification ne vient pas de Keygate, ou une partie s'est perdue en le copiant. Rien n'a été vérifié.\n\nDans Discord, utilise `/2fa verifier` pour obtenir un nouveau lien."
        }
        Key::WebExpiredTitle => "Ce lien a expiré",
        Key::WebExpiredBody => {
            "Les liens de vérification fonctionnent 10 minutes, pour que personne d'autre ne puisse s'en servir. Rien n'a été vérifié.\n\nDans Discord, utilise `/2fa verifier` pour obtenir un nouveau lien."
        }
        Key::WebSpentTitle => "Ce lien a déjà servi",
        Key::WebSpentBody => {
            "Chaque lien de vérification fonctionne une fois. La vérification qu'il a lancée est déjà faite.\n\nDans Discord, utilise `/2fa verifier` pour obtenir un nouveau lien si tu veux vérifier à nouveau."
        }
        Key::WebOtherAccountTitle => "C'était un autre compte Discord",
        Key::WebOtherAccountBody => {
            "Ce lien a été créé pour un autre compte Discord que celui qui s'est connecté, donc rien n'a été noté.\n\nConnecte-toi à Discord dans ce navigateur avec le compte que tu utilises sur le serveur, puis utilise à nouveau `/2fa verifier` là-bas."
        }
        Key::WebDiscordFailedTitle => "Discord n'a pas confirmé la connexion",
        Key::WebDiscordFailedBody => {
            "Discord n'a pas répondu à Keygate comme prévu, donc rien n'a été noté. Cela ne dure généralement pas.\n\nAttends une minute, puis utilise `/2fa verifier` dans Discord pour obtenir un nouveau lien."
        }
        Key::WebDatabaseDownTitle => "Keygate n'a pas pu enregistrer le résultat",
        Key::WebDatabaseDownBody => {
            "Keygate n'arrive pas à joindre sa base de données pour le moment, donc rien n'a été noté.\n\nAttends une minute, puis utilise `/2fa verifier` dans Discord pour obtenir un nouveau lien."
        }
        Key::WebUnavailableTitle => "La vérification de l'A2F Discord est désactivée",
        Key::WebUnavailableBody => {
            "Ce Keygate n'est pas configuré pour vérifier l'A2F Discord dans le navigateur."
        }
        Key::WebNotFoundTitle => "Page introuvable",
        Key::WebNotFoundBody => {
            "Il n'y a rien ici. Les liens de Keygate viennent du bot dans Discord."
        }
        Key::WebBusyTitle => "Trop de monde en même temps",
        Key::WebBusyBody => {
            "Beaucoup de membres vérifient au même moment, Keygate n'a donc pas encore pu prendre ta demande. Rien n'a été vérifié.\n\nAttends quelques secondes, puis recharge cette page."
        }
        Key::CommandVerifyName => "verifier",
        Key::CommandVerifyDescription => {
            "Te vérifier avec ton appli d'authentification, ou en configurer une"
        }
        Key::Command2faDescription => {
            "Double authentification : ton statut, tes codes de secours et la 2FA de Discord"
        }
        Key::Command2faGuideName => "guide",
        Key::Command2faGuideDescription => "Comment activer la double authentification de Discord",
        Key::Command2faStatusName => "statut",
        Key::Command2faStatusDescription => {
            "Ta configuration, ta vérification, tes codes restants et ton blocage ici"
        }
        Key::Command2faBackupCodesName => "codes-de-secours",
        Key::Command2faBackupCodesDescription => {
            "Créer de nouveaux codes de secours (demande un code de ton appli)"
        }
        Key::Command2faRemoveName => "supprimer",
        Key::Command2faRemoveDescription => {
            "Supprimer ton authentificateur et tes codes de secours ici (demande un code)"
        }
        Key::Command2faCheckName => "verifier",
        Key::Command2faCheckDescription => {
            "Confirmer dans ton navigateur que l'A2F est activée sur ton compte Discord"
        }
        Key::CommandGateDescription => "Modération : configurer et gérer la vérification",
        Key::CommandGateSetupDescription => {
            "Ajouter ou modifier une porte (un rôle donné après un code) et les réglages"
        }
        Key::CommandGateDropDescription => {
            "Ne plus garder un rôle (les membres qui l'ont le gardent)"
        }
        Key::CommandGatePanelDescription => {
            "Publier le panneau de vérification (Vérifier et guide 2FA)"
        }
        Key::CommandGateStatusDescription => {
            "Configuration, vérification, codes restants et blocage d'un membre"
        }
        Key::CommandGateUnlockDescription => "Lever le blocage d'un membre",
        Key::CommandGateRevokeDescription => {
            "Retirer le rôle vérifié d'un membre (il pourra se revérifier)"
        }
        Key::CommandGateResetDescription => {
            "Réinitialiser un membre qui a perdu son téléphone : supprime ses codes"
        }
        Key::CommandGateStatsDescription => "Chiffres : inscrits, vérifiés, bloqués",
        Key::CommandGateAuditDescription => {
            "Les dernières entrées du journal d'audit, pour tous ou un membre"
        }
        Key::CommandGateConfigDescription => "Afficher les réglages de la vérification ici",
        // Members' whole life at the gate: one-time codes, two-person approval, the unverified, stats
        Key::VerifiedBypass => {
            "✅ Code accepté : tu as passé la porte avec le code à usage unique qu'un modérateur t'a donné. Ce code est maintenant utilisé, et ton ancienne configuration d'authentification a été supprimée. Relance bientôt `/verifier` pour configurer ton application d'authentification sur ton nouveau téléphone : tu en auras besoin la prochaine fois."
        }
        Key::ReplyBypassExpired => {
            "Ce code à usage unique a expiré (ces codes durent 24 heures). Demande-en un nouveau à un modérateur."
        }
        Key::GateBypassIssued => {
            "🔑 Code à usage unique pour {user} :\n`{code}`\n\nIl fonctionne une fois, jusqu'à {when}, à la place d'un code de son application : cette personne lance `/verifier` et le tape dans la case. Transmets-le par un moyen de confiance, jamais dans un salon public. Ensuite, elle reconfigure son application d'authentification. C'est la seule fois que ce code s'affiche."
        }
        Key::GateBypassNotEnrolled => {
            "{user} n'a pas d'application d'authentification configurée ici, donc pas besoin de code à usage unique : cette personne peut lancer `/verifier` et configurer son nouveau téléphone tout de suite."
        }
        Key::GateTwoPersonOwnerOnly => {
            "Seul le propriétaire du serveur peut désactiver la double validation ou changer le salon de journal tant qu'elle est active : le compte d'un seul modérateur ne peut pas l'annuler. Rien n'a été modifié."
        }
        Key::GateAuditActor => " par {user}",
        Key::GateAuditSubject => " pour {user}",
        Key::GateTwoPersonNeedsLog => {
            "La double validation publie chaque demande dans le salon de journal, et ce serveur n'en a pas encore. Ajoute `log_channel:` à la même commande `/gate configurer`, puis réessaie. Rien n'a été changé."
        }
        Key::GateApprovalRequested => {
            "⏳ Ta demande attend un second modérateur : elle est dans {channel} avec les boutons *Approuver* et *Refuser*, et expire {when}. Tu ne peux pas l'approuver toi-même."
        }
        Key::GateApprovalNotPosted => {
            "Je n'ai pas pu publier la demande dans le salon de journal {channel}, donc rien n'a été demandé ni changé. Donne à mon rôle **Voir le salon** et **Envoyer des messages** dans ce salon, puis réessaie."
        }
        Key::ApproveButton => "Approuver",
        Key::DenyButton => "Refuser",
        Key::ApprovalOwnRequest => {
            "C'est toi qui as fait cette demande, donc un autre modérateur doit décider. C'est tout l'intérêt de la double validation : un seul compte de modérateur volé ne suffit pas."
        }
        Key::ApprovalExpired => {
            "Cette demande a expiré (les demandes durent 24 heures). Si elle est toujours nécessaire, relance la commande."
        }
        Key::ApprovalAlreadyDecided => "Cette demande a déjà été traitée.",
        Key::ApprovalDenied => "🚫 Refusé : rien n'a été changé pour {user}.",
        Key::ApprovalNoteApproved => "✅ Approuvé par {moderator}.",
        Key::ApprovalNoteDenied => "🚫 Refusé par {moderator}.",
        Key::ApprovalNoteExpired => "⌛ Expiré sans décision.",
        Key::GateKickNeedsYourPermission => {
            "Pour que je retire les membres qui ne se vérifient pas, tu dois toi-même avoir la permission **Expulser des membres**. Demande au propriétaire du serveur ou à un admin. Rien n'a été modifié."
        }
        Key::GateKickNeedsPermission => {
            "Pour retirer les membres qui ne se vérifient pas, j'ai besoin de la permission **Expulser des membres**. Donne-la à mon rôle dans Paramètres du serveur → Rôles, puis relance `/gate configurer`. Rien n'a été changé."
        }
        Key::GateKickBeforeRemind => {
            "`kick_after` ({kick}) doit être plus long que `remind_after` ({remind}), pour que les membres reçoivent d'abord leur rappel. Rien n'a été changé."
        }
        Key::GateUnverifiedNeedsIntent => {
            "Pour rappeler ou retirer les membres qui ne se sont pas vérifiés, il faut l'intent **Server Members** de Discord, que ce bot n'a pas : Keygate ne voit donc jamais qui arrive. Rien n'a été changé. L'opérateur du bot peut l'activer dans le Developer Portal (Bot → Privileged Gateway Intents), puis redémarrer Keygate."
        }
        Key::GateSettingsUnverified => {
            "Nouveaux membres qui n'ont pas passé la première porte : rappel en MP après {remind}, retrait après {kick}."
        }
        Key::GateSettingsTwoPerson => {
            "Double validation pour `/gate reinitialiser` et `/gate code-unique` : {on}."
        }
        Key::JoinReminderDm => {
            "👋 Salut ! Tu as rejoint {server} {joined} et tu ne t'y es pas encore vérifié. Pour entrer, lance `/verifier` sur le serveur et suis les étapes ; ça prend environ une minute.{kick}"
        }
        Key::JoinReminderKickNote => {
            " Sinon, tu seras retiré du serveur {when}. Tu pourras le rejoindre à nouveau plus tard."
        }
        Key::KickAuditReason => {
            "Keygate : porte de vérification non passée dans un délai de {after} après l'arrivée"
        }
        Key::StatsWaiting => "**Arrivés et pas encore vérifiés :** {waiting}",
        Key::StatsChartHeading => {
            "**30 derniers jours** (par jour : ✅ vérifications, ❌ échecs, 🔒 verrouillages, ⚠️ codes réutilisés). Seuls les jours avec de l'activité sont listés ; le graphique montre les 30."
        }
        Key::StatsChartNone => {
            "**30 derniers jours :** aucune vérification, aucun échec, verrouillage ni code réutilisé."
        }
        Key::StatsChartTitle => "Keygate, 30 derniers jours",
        Key::StatsChartVerifications => "Vérifications",
        Key::StatsChartFailures => "Échecs",
        Key::StatsChartLockouts => "Verrouillages",
        Key::StatsChartReplays => "Codes réutilisés",
        // Log channel lines (in the server's language). Mentions render as names: the post pings nobody
        Key::LogEnrollmentStarted => {
            "🆕 {user} a commencé à configurer une application d'authentification."
        }
        Key::LogEnrolled => {
            "✅ {user} a configuré une application d'authentification et a passé la porte : {role}{until}."
        }
        Key::LogModeratorEnrolled => {
            "🚨 {user}, qui peut utiliser `/gate`, a configuré une nouvelle application d'authentification et a passé la porte : {role}{until}. Tant que le code des modérateurs est activé, les codes de cette application passent désormais les vérifications de modérateur. Si ce n'était pas cette personne, son compte a peut-être été volé : un autre modérateur devrait lancer `/gate reinitialiser` sur elle."
        }
        Key::LogVerifiedAuthenticator => {
            "✅ {user} a passé la porte avec son application d'authentification : {role}{until}."
        }
        Key::LogVerifiedBackup => {
            "✅ {user} a passé la porte avec un code de secours (il en reste {remaining}) : {role}{until}."
        }
        Key::LogVerifiedBypass => {
            "✅ {user} a passé la porte avec le code à usage unique d'un modérateur : {role}{until}. Son ancienne configuration d'authentification a été supprimée ; une nouvelle sera à faire la prochaine fois."
        }
        Key::LogUntil => " jusqu'à {when}",
        Key::LogNewBackupCodes => "🔑 {user} a créé une nouvelle série de codes de secours.",
        Key::LogRemovedThemselves => "🗑️ {user} a retiré son authentificateur de la porte.",
        Key::LogReplayed => {
            "⚠️ {user} a envoyé un code déjà utilisé (peut-être intercepté et réutilisé). Le code a été refusé.{lock}"
        }
        Key::LogTooManyWrong => "🔒 {user} a saisi trop de codes incorrects.{lock}",
        Key::LogNotACode => "❌ {user} a saisi quelque chose qui n'est pas un code.",
        Key::LogWrongCode => "❌ {user} a saisi un code incorrect.",
        Key::LogLockedUntil => " Verrouillé jusqu'à {when}.",
        Key::LogLockedUntilUnlocked => {
            " Verrouillé jusqu'à ce qu'un modérateur lance `/gate debloquer`."
        }
        Key::LogConfiguredGate => "⚙️ {moderator} a configuré la porte de {role} ({rules}).",
        Key::LogConfiguredSettings => "⚙️ {moderator} a modifié les réglages.",
        Key::LogConfiguredDetails => " Salon de journal : {log} ; code des modérateurs : {code}.",
        Key::LogGateDropped => {
            "⚙️ {moderator} a supprimé la porte de {role}. Les membres qui ont ce rôle le gardent (un rôle temporaire jusqu'à la fin de son temps)."
        }
        Key::LogPanelPosted => "⚙️ {moderator} a publié le panneau de vérification dans {channel}.",
        Key::LogUnlocked => "🔓 {moderator} a débloqué {user}.",
        Key::LogRevoked => "⛔ {moderator} a retiré {role} à {user}.",
        Key::LogEndedExpired => {
            "⌛ Le temps de {user} avec {role} est écoulé ; le rôle a été retiré."
        }
        Key::LogEndedEarly => "⌛ {user} a mis fin plus tôt à son temps avec {role}.",
        Key::LogEligibilityLost => {
            "🚪 {user} n'a plus {needs}, donc {role} (qui l'exige) est en cours de retrait."
        }
        Key::LogReverification => {
            "🔁 Revérification : rappel en MP envoyé à {reminded} membre(s) (MP fermés : {closed} ; partis du serveur : {left}) ; {removed} rôle(s) retiré(s) aux membres qui ne se sont pas revérifiés à temps."
        }
        Key::LogReset => {
            "♻️ {moderator} a réinitialisé la configuration à deux facteurs de {user}. Raison : `{reason}`"
        }
        Key::LogApprovedBy => " Approuvé par {approver}.",
        Key::LogBypassIssued => {
            "🔑 {moderator} a donné à {user} un code à usage unique pour un téléphone perdu (valable jusqu'à {when})."
        }
        Key::LogApprovalReset => {
            "🧑‍⚖️ {moderator} demande à réinitialiser la configuration à deux facteurs de {user} (raison : `{reason}`). Un autre modérateur doit approuver ; la demande expire {when}."
        }
        Key::LogApprovalBypass => {
            "🧑‍⚖️ {moderator} demande un code à usage unique pour {user}, qui a perdu son téléphone. Un autre modérateur doit approuver ; la demande expire {when}."
        }
        Key::LogApprovalDenied => {
            "🚫 {approver} a refusé la demande de {moderator} pour {user}. Rien n'a été changé."
        }
        Key::LogRoleNotEligible => {
            "🚪 Je n'ai pas donné {role} à {user} : cette personne n'a plus {needs}, que la porte de ce rôle exige."
        }
        Key::LogRoleDangerous => {
            "⚠️ Je n'ai pas donné {role} à {user} : ce rôle a maintenant des permissions puissantes ({permissions}) et sa porte laisse passer tout le monde. Ajoute `eligible:` avec `/gate configurer`, ou retire ces permissions du rôle."
        }
        Key::LogRoleGrantFailed => "⚠️ Je n'ai pas pu donner {role} à {user} : {why}",
        Key::LogRoleRemoveFailed => "⚠️ Je n'ai pas pu retirer {role} à {user} : {why}",
        Key::LogDiscordGone => {
            "Discord a répondu 404 (le membre a quitté le serveur, ou le rôle a été supprimé)."
        }
        Key::LogDiscordFailed => "Discord a répondu {status}.",
        Key::LogOwnerNeeds2faGrant => {
            "Discord a répondu 403 (code 60003) : ce serveur exige l'A2F pour les actions de modération, et le compte à qui appartient l'application Keygate ne l'a pas activée. Pour corriger ça : **le propriétaire de l'application Keygate doit activer l'A2F** (Discord : Paramètres utilisateur → Mon compte). Le membre recevra le rôle dès qu'elle sera activée."
        }
        Key::LogOwnerNeeds2faRemove => {
            "Discord a répondu 403 (code 60003) : ce serveur exige l'A2F pour les actions de modération, et le compte à qui appartient l'application Keygate ne l'a pas activée. Pour corriger ça : **le propriétaire de l'application Keygate doit activer l'A2F** (Discord : Paramètres utilisateur → Mon compte). D'ici là, le membre garde le rôle ; il sera retiré dès que l'A2F sera activée."
        }
        Key::LogForbidden => {
            "Discord a répondu 403 (interdit). Pour corriger ça : donne à mon rôle la permission **Gérer les rôles**, et fais glisser mon rôle **au-dessus** de {role} dans Paramètres du serveur → Rôles. Le membre pourra ensuite relancer `/verifier`."
        }
        Key::LogGuideOnJoin => {
            "📬 Guide à l'arrivée : guide 2FA envoyé à {sent} nouveau(x) membre(s). Non envoyé : {closed} avec MP fermés, {recent} qui l'ont reçu ces 30 derniers jours, {bots} bot(s), {capped} au-delà de la limite de {per_window} par {window} s."
        }
        Key::LogUnverified => {
            "⏳ Nouveaux membres non vérifiés : rappel en MP : {reminded} (MP fermés : {closed}) ; retirés : {kicked} ; exemptés : {exempt} (bots, le propriétaire, membres avec un rôle donné après leur arrivée ou au-dessus du mien) ; encore en attente : {waiting}. Au plus {per_pass} sont retirés par minute ; les autres attendent leur tour."
        }
        Key::LogKickRefused => {
            "⚠️ Je n'ai pas pu retirer un membre qui ne s'est pas vérifié : Discord a refusé (403). Donne à mon rôle la permission **Expulser des membres** et place-le au-dessus des rôles des membres, ou désactive le retrait avec `/gate configurer kick_after:off`."
        }
        Key::LogTwoPersonOn => " Double validation : {on}.",
        Key::LogUnverifiedSettings => {
            " Membres non vérifiés : rappel après {remind}, retrait après {kick}."
        }
        // Slash commands: the moderator commands' names, and every option's description
        Key::CommandGateSetupName => "configurer",
        Key::CommandGateDropName => "supprimer",
        Key::CommandGatePanelName => "panneau",
        Key::CommandGateStatusName => "statut",
        Key::CommandGateUnlockName => "debloquer",
        Key::CommandGateRevokeName => "retirer",
        Key::CommandGateResetName => "reinitialiser",
        Key::CommandGateBypassName => "code-unique",
        Key::CommandGateStatsName => "statistiques",
        Key::CommandGateAuditName => "audit",
        Key::CommandGateConfigName => "reglages",
        Key::CommandGateBypassDescription => {
            "Un code à usage unique pour un membre qui a perdu son téléphone (une fois, sous 24 h)"
        }
        Key::OptionVerifyRole => {
            "Le rôle pour lequel te vérifier (par défaut : tu choisis parmi les rôles possibles)"
        }
        Key::OptionSetupRole => "Le rôle que Keygate donne après un code valide",
        Key::OptionSetupEligible => {
            "Seuls les membres qui ont déjà ce rôle peuvent passer (par exemple @Moderator)"
        }
        Key::OptionSetupLasts => {
            "Durée du rôle après chaque passage, ex. 1h ou 7d (1m à 30d ; off efface)"
        }
        Key::OptionSetupReverifyEvery => {
            "Retire le rôle s'il n'est pas repassé dans ce délai, ex. 30d (1d à 365d ; off efface)"
        }
        Key::OptionSetupDiscord2fa => {
            "Seuls les membres ayant confirmé leur A2F Discord (/2fa verifier, sous 30 jours) passent"
        }
        Key::OptionSetupDiscord2faRole => {
            "Un rôle donné aux membres dont /2fa verifier a trouvé l'A2F Discord activée (pas une porte)"
        }
        Key::OptionSetupLogChannel => {
            "Un salon pour le journal Keygate des vérifications et des actions de modération"
        }
        Key::OptionSetupGuideOnJoin => "Envoyer aux nouveaux membres le guide de la 2FA de Discord",
        Key::OptionSetupModeratorCode => {
            "Code d'appli exigé des modérateurs pour configurer, supprimer, debloquer, retirer, reinitialiser"
        }
        Key::OptionSetupRemindAfter => {
            "MP aux nouveaux membres non vérifiés après ce délai, ex. 1d (1m à 30d ; off efface)"
        }
        Key::OptionSetupKickAfter => {
            "Retirer les nouveaux membres non vérifiés après ce délai, ex. 7d (1m à 30d ; off efface)"
        }
        Key::OptionSetupTwoPersonReset => {
            "reinitialiser et code-unique exigent l'accord d'un 2e modérateur dans le salon de journal"
        }
        Key::OptionDropRole => "Le rôle à ne plus protéger (les membres qui l'ont le gardent)",
        Key::OptionPanelChannel => "Où le publier (par défaut : ce salon)",
        Key::OptionPanelRole => "La porte de son bouton Vérifier (par défaut : le membre choisit)",
        Key::OptionMember => "Le membre",
        Key::OptionRevokeUser => {
            "Le membre dont retirer les rôles de porte (il garde son application d'authentification)"
        }
        Key::OptionRevokeRole => {
            "Seulement ce rôle de porte (par défaut : tous ses rôles de porte)"
        }
        Key::OptionResetReason => "Pourquoi (gardé dans le journal d'audit)",
        Key::OptionAuditUser => "Seulement ce membre",
    }
}
