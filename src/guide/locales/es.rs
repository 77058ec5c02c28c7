//! Spanish (es-ES, es-419).
//! Neutral Spanish with "tú", for Spain and Latin America; Discord's own labels as Discord shows them, or in English.

use crate::guide::catalogue::Key;

pub fn text(key: Key) -> &'static str {
    match key {
        // Errors and refusals
        Key::ReplySomethingWentWrong => {
            "Algo salió mal de nuestro lado. Vuelve a intentarlo en un momento; si sigue pasando, avisa a un moderador."
        }
        Key::ReplyDatabaseDown => {
            "Keygate no puede conectarse a su base de datos ahora mismo. Vuelve a intentarlo en un rato."
        }
        Key::ReplyNotConfigured => {
            "Este servidor todavía no ha configurado su verificación. Un moderador puede hacerlo con `/gate configurar`."
        }
        Key::ReplyNotAGate => {
            "{role} no es (o ya no es) una de las puertas de este servidor. Usa `/verificar` para ver los roles para los que puedes verificarte."
        }
        Key::ReplyNotEligible => {
            "Solo los miembros que tienen {needs} pueden pasar la puerta de {role}, y tú no lo tienes. No se contó nada en tu contra. Si crees que deberías tenerlo, pregunta a un moderador."
        }
        Key::ReplyNoGateOpen => {
            "Las puertas de este servidor son solo para miembros con uno de estos roles: {roles}. No tienes ninguno, así que aquí no tienes nada que verificar. No se contó nada en tu contra."
        }
        Key::ReplyNotEnrolled => {
            "Todavía no has configurado una app de autenticación con este servidor. Usa `/verificar` para empezar."
        }
        Key::ReplyAlreadyEnrolled => {
            "Ya tienes una app de autenticación configurada aquí. Usa `/verificar` y escribe el código de 6 dígitos que te muestra."
        }
        Key::ReplyEnrollmentExpired => {
            "La configuración tardó más de 15 minutos, así que caducó por tu seguridad. Usa `/verificar` para empezar de nuevo con un código QR nuevo."
        }
        Key::ReplyNeedsAuthenticator => {
            "Para esto, usa el código de 6 dígitos de tu app de autenticación, no un código de respaldo. Los códigos de respaldo sirven para entrar si pierdes el teléfono; cambiar tu configuración necesita el teléfono mismo, porque quien robe tu sesión de Discord puede tener también tus códigos de respaldo guardados."
        }
        Key::ReplyNotACode => {
            "Ese código no es válido. Escribe los 6 dígitos que muestra ahora tu app de autenticación (por ejemplo `123456`) o uno de tus códigos de respaldo (como `1ABC-DEFG-HJKM-NPQR`)."
        }
        Key::ReplyWrongCode => {
            "Ese código no coincide. Comprueba que estás mirando la entrada de este servidor en tu app de autenticación y escribe el código que muestra ahora mismo."
        }
        Key::ReplyReplayed => {
            "Ese código ya se usó, así que no sirve otra vez. Espera a que tu app muestre uno nuevo (cambian cada 30 segundos). Si no lo usaste tú, avisa a un moderador: puede que alguien lo haya visto."
        }
        Key::ReplyLockedUntil => {
            "Demasiados códigos incorrectos. Por tu seguridad, la verificación está en pausa hasta el {when}. Vuelve a intentarlo entonces."
        }
        Key::ReplyLockedUntilUnlocked => {
            "Demasiados códigos incorrectos: la verificación de tu cuenta está bloqueada aquí hasta que un moderador la desbloquee."
        }
        Key::ReplyGuildOnly => "Keygate funciona dentro de un servidor. Usa este comando allí.",
        Key::ReplyStaleForm => "Este formulario está desactualizado. Vuelve a usar el comando.",
        Key::ReplyOnlyModerators => {
            "Solo los moderadores pueden usar `/gate` (hace falta el permiso **Gestionar servidor**)."
        }
        Key::ReplyNotVerified => "Ese miembro no está verificado ahora mismo.",
        Key::ReplyBadArgument => {
            "No pude leer esa opción. Elígela de la lista que muestra Discord y vuelve a intentarlo."
        }
        Key::ReplyNotLocked => "Ese miembro no está bloqueado.",
        Key::ReplyBusy => {
            "Todavía se está comprobando otro código tuyo. Espera un momento y vuelve a intentarlo."
        }
        Key::ReplyTooManySetups => {
            "Has empezado a configurar una app de autenticación 3 veces en la última hora. Por tu seguridad, podrás empezar de nuevo {when}."
        }
        Key::ReplyTooManyRemovals => {
            "Has borrado tu configuración de autenticación aquí 3 veces hoy. Por tu seguridad, podrás borrarla de nuevo {when}."
        }
        Key::ReplyTooManyBackupCodeSets => {
            "Has creado 3 series nuevas de códigos de respaldo hoy. Por tu seguridad, podrás crear otra {when}. Tus códigos actuales siguen funcionando."
        }
        // Enrollment
        Key::ReplyNeedsDiscord2fa => {
            "La puerta para {role} es solo para miembros cuya propia cuenta de Discord tiene activada la autenticación en dos pasos (2FA). Keygate no ha visto la tuya activada en los últimos 30 días, así que no se ha contado nada en tu contra.\n\nPulsa el botón para mostrarlo en tu navegador (lleva un minuto) y vuelve a intentarlo. Si la 2FA está desactivada, la página explica cómo activarla."
        }
        Key::EnrollInstructions => {
            "**Configura tu app de autenticación** (solo tú puedes ver este mensaje)\n1. Si aún no tienes una, instala una app de autenticación en tu teléfono: Google Authenticator, Microsoft Authenticator, Aegis, 2FAS o un gestor de contraseñas que admita códigos.\n2. En la app, toca **+** y escanea el código QR de abajo. ¿No tienes cámara? Elige \"Introducir una clave de configuración\" y escribe:\n`{key}`\n3. Ahora la app muestra un código de 6 dígitos que cambia cada 30 segundos. Presiona **Introducir código** y escríbelo.\n\nEsta configuración caduca el {expires}. Nunca compartas este código QR ni la clave: quien los tenga puede generar tus códigos."
        }
        Key::EnrollEnterCodeButton => "Introducir código",
        Key::PickGatePrompt => {
            "¿Para qué rol quieres verificarte? Elige uno abajo (solo tú ves esto)."
        }
        Key::PickGatePlaceholder => "Elige un rol",
        Key::ConfirmModalTitle => "Confirma tu app de autenticación",
        Key::VerifyModalTitle => "Verifica que eres tú",
        Key::BackupCodesModalTitle => "Nuevos códigos de respaldo",
        Key::RemoveModalTitle => "Quitar tu app de autenticación",
        Key::CodeInputLabel => "Código de 6 dígitos de tu app",
        Key::CodeOrBackupInputLabel => "Código de tu app o código de respaldo",
        Key::BackupCodesFirstTime => {
            "✅ **Tu app de autenticación está configurada.**\n\nAquí tienes tus **códigos de respaldo**. Si pierdes tu teléfono, cada uno sirve una vez en lugar de un código de 6 dígitos. Guárdalos ahora (en el archivo de abajo, en un gestor de contraseñas o en papel): no se volverán a mostrar."
        }
        Key::BackupCodesRenewed => {
            "🔑 **Tus nuevos códigos de respaldo.** Tus códigos anteriores acaban de dejar de funcionar. Guarda estos ahora: no se volverán a mostrar."
        }
        Key::BackupCodesFileIntro => {
            "Códigos de respaldo de Keygate para el servidor de Discord \"{server}\"\nCada código sirve una vez, en lugar del código de 6 dígitos de tu app de autenticación.\nGuarda este archivo en un lugar seguro y privado (un gestor de contraseñas o impreso en papel)."
        }
        // Verification
        Key::VerifiedAuthenticator => "✅ Verificación completada con tu app de autenticación.",
        Key::VerifiedBackup => {
            "✅ Verificación completada con un código de respaldo. Ese código ya está gastado; te quedan {remaining}."
        }
        Key::VerifiedBackupLow => {
            "✅ Verificación completada con un código de respaldo. ⚠️ Solo te quedan {remaining} código(s) de respaldo: usa `/2fa codigos-de-respaldo` para generar códigos nuevos."
        }
        Key::RoleGranted => "Ya tienes tu rol. ¡Te damos la bienvenida!",
        Key::RolePending => "Tu rol está en camino; puede tardar un minuto en aparecer.",
        Key::RoleForbidden => {
            "Tu verificación se completó, pero no pude darte el rol {role}: Discord lo rechazó (me falta el permiso Gestionar roles o mi rol está por debajo de ese rol). Ya avisé a los moderadores; recibirás el rol en cuanto lo solucionen."
        }
        Key::RoleOwnerNeeds2fa => {
            "Ya estás verificado, pero aún no puedo darte el rol {role}: este servidor exige la autenticación en dos pasos (2FA) para moderar, y la persona dueña del bot Keygate no la ha activado en su propia cuenta de Discord. Ya se avisó a los moderadores; recibirás el rol en cuanto lo arreglen."
        }
        Key::RoleGone => {
            "Estás verificado, pero no se pudo añadir el rol: Discord dice que ya no estás en este servidor o que el rol se borró. Si sigues aquí, avisa a un moderador."
        }
        Key::RoleFailed => {
            "Estás verificado, pero Discord se negó a añadir el rol. Los moderadores ya lo saben."
        }
        Key::RoleTimed => {
            "⏳ Tienes {role} hasta {when}. Cuando termines, pulsa **Terminar ya** para dejarlo antes."
        }
        Key::EndNowButton => "Terminar ya",
        Key::RoleEnded => {
            "Hecho: se está quitando {role}. Usa `/verificar` cuando lo vuelvas a necesitar."
        }
        Key::RoleEndNotHeld => {
            "Ya no tienes {role} por la puerta, así que no hay nada que terminar."
        }
        Key::RoleNotEligible => {
            "Tu código era correcto, pero ya no tienes el rol que necesita la puerta de {role}, así que no te lo di. Si es un error, pregunta a un moderador."
        }
        Key::RoleDangerous => {
            "Tu código era correcto, pero no te di {role}: ahora tiene permisos de moderación poderosos y esta puerta deja pasar a cualquiera. Se avisó a los moderadores."
        }
        Key::RoleSuperseded => {
            "Al final no se añadió tu rol: un cambio posterior lo reemplazó (un moderador lo quitó o se acabó su tiempo). Vuelve a usar `/verificar` si aún lo necesitas."
        }
        Key::Removed => {
            "Listo: se borraron tu autenticador y tus códigos de respaldo de este servidor, y se te está quitando el rol de verificado. Usa `/verificar` cuando quieras para configurarlo de nuevo."
        }
        // Status
        Key::StatusBody => {
            "**Autenticador:** {enrollment}\n**Roles por la puerta:** {verified}\n**Códigos de respaldo restantes:** {codes}\n**Bloqueo:** {lockout}\n**Última verificación:** {last}"
        }
        Key::StatusEnrollmentNone => "sin configurar",
        Key::StatusEnrollmentPending => {
            "configuración iniciada, esperando el primer código (caduca el {when})"
        }
        Key::StatusEnrollmentExpired => "la configuración caducó antes de terminarse",
        Key::StatusEnrollmentConfirmed => "configurado el {when}",
        Key::StatusYes => "sí",
        Key::StatusNo => "no",
        Key::StatusHeldUntil => "{role} hasta {when}",
        Key::StatusHeldReverify => "{role} (verifícate de nuevo antes de {when})",
        Key::StatusLockoutNone => "ninguno",
        Key::StatusLockoutUntil => "bloqueado hasta el {when}",
        Key::StatusLockoutModerator => "bloqueado hasta que un moderador lo desbloquee",
        Key::StatusNever => "nunca",
        // The verification panel (posted in the server's language)
        Key::PanelBody => {
            "🔐 **Verificación**\nEste servidor pide a sus miembros que demuestren que de verdad son ellos con un código de una app de autenticación antes de darles acceso. Presiona **Verificar** para empezar (la primera vez tarda más o menos un minuto).\n¿Nunca has usado la autenticación de dos factores? Presiona **Guía de 2FA**."
        }
        Key::PanelVerifyButton => "Verificar",
        Key::PanelGuideButton => "Guía de 2FA",
        // Moderator replies
        Key::GateRoleProblem => "Todavía no puedo usar ese rol. {problem}",
        Key::GateRoleEveryone => {
            "Ese es el rol @everyone, que ya tienen todos los miembros. Crea un rol como \"Verificado\" y elige ese."
        }
        Key::GateRoleManaged => {
            "{role} lo gestiona una integración (un bot o una suscripción), así que nadie puede darlo a mano. Crea un rol normal como \"Verificado\" y elige ese."
        }
        Key::GateRoleNoManageRoles => {
            "No tengo el permiso **Gestionar roles**, así que no pude dar el rol. Dale a mi rol el permiso Gestionar roles en Ajustes del servidor → Roles y luego vuelve a usar `/gate configurar`."
        }
        Key::GateRoleTooHigh => {
            "{role} está por encima de mi rol más alto (o a su mismo nivel), y Discord solo me deja dar roles que estén por debajo del mío. En Ajustes del servidor → Roles, arrastra mi rol por encima de {role} y luego vuelve a usar `/gate configurar`."
        }
        Key::GateRoleInvokerNoManageRoles => {
            "Necesitas el permiso **Gestionar roles** para elegir el rol que da la verificación."
        }
        Key::GateRoleInvokerTooLow => {
            "{role} está por encima (o al mismo nivel) de tu rol más alto, así que no puedes darlo tú, ni la verificación en tu nombre. Pídeselo a alguien con un rol más alto."
        }
        Key::GateSetupDone => {
            "✅ Puerta guardada: {gate}.\n{settings}\nSiguiente: publica el botón Verificar con `/gate panel`."
        }
        Key::GateSetupMembersIntent => {
            "⚠️ La guía al unirse está activada, pero este bot se inició sin el intent Server Members, así que no puede ver cuándo entra alguien. Quien administra el bot puede activarlo: consulta el README (\"Guide on join\")."
        }
        Key::GateSetupOwnerNeeds2fa => {
            "⚠️ Este servidor exige 2FA para las acciones de moderación, y la cuenta dueña de la aplicación Keygate no la ha activado, así que Discord rechazará cada rol que Keygate dé o quite. El dueño de la aplicación Keygate debe activar la 2FA (Discord: Ajustes de usuario → Mi cuenta); nada más lo soluciona."
        }
        Key::GateSetupLogChannelRefused => {
            "⚠️ No pude publicar en el canal de registro {channel}: Discord lo rechazó. Dale a mi rol **Ver canal** y **Enviar mensajes** allí y vuelve a usar `/gate configurar`; hasta entonces solo lo intentaré cada 15 minutos, y los registros de mientras se pierden."
        }
        Key::ReplyServerPaused => {
            "⏸️ Discord ha rechazado demasiadas de mis solicitudes en este servidor en los últimos minutos (un canal donde no puedo publicar, o roles que no puedo dar), así que me contengo aquí por ahora. Arréglalo y vuelve a intentarlo en unos 10 minutos."
        }
        Key::GateSetupEligibleWithoutIntent => {
            "ℹ️ Este bot funciona sin el intent Server Members, así que no ve los cambios de rol: quien pierde el rol requerido pierde el rol de esta puerta en su próximo `/verificar`, en la expiración o reverificación del rol, o antes de una nueva asignación, no al instante. El operador del bot puede activar el intent (ver el README)."
        }
        Key::GateLastsAndReverify => {
            "Una puerta no puede tener a la vez `lasts` y `reverify_every`: un rol temporal se quita de todos modos cuando se acaba su tiempo. Deja uno de los dos (pon el otro en `off`) e inténtalo de nuevo."
        }
        Key::GateModeratorCodeEnrollFirst => {
            "Antes de activar `moderator_code`, configura aquí tu propia app de autenticación con `/verificar`: a partir de entonces, los comandos de moderación piden su código y, sin ella, te quedarías fuera."
        }
        Key::GateTooManyGates => {
            "Este servidor ya tiene {max} puertas, el máximo que permite Keygate. Retira primero una con `/gate retirar` e inténtalo de nuevo."
        }
        Key::GateDropped => {
            "Hecho: Keygate ya no protege {role}. Quienes lo tienen lo conservan (uno temporal se quita igualmente a su hora)."
        }
        Key::GateNotAGate => {
            "{role} no es una puerta aquí. `/gate ajustes` muestra las puertas de este servidor."
        }
        Key::GateDangerous => {
            "⚠️ {role} tiene permisos poderosos: {permissions}. Sin `eligible`, todo miembro que configure una app de autenticación los obtendría. Añade `eligible:` con el rol que puede pasar (por ejemplo `eligible:@Moderator`), o quita esos permisos a {role} (en su configuración y en los permisos de los canales) e inténtalo de nuevo."
        }
        Key::PermAdministrator => "Administrador",
        Key::PermManageServer => "Gestionar servidor",
        Key::PermManageRoles => "Gestionar roles",
        Key::PermManageChannels => "Gestionar canales",
        Key::PermManageWebhooks => "Gestionar webhooks",
        Key::PermBanMembers => "Banear miembros",
        Key::PermKickMembers => "Expulsar miembros",
        Key::PermTimeoutMembers => "Aislar temporalmente a miembros",
        Key::PermManageMessages => "Gestionar mensajes",
        Key::PermMentionEveryone => "Mencionar @everyone, @here y todos los roles",
        Key::GateDurationUnreadable => {
            "No puedo leer `{value}` como una duración para `{option}`. Escríbela como `90m`, `1h`, `12h` o `7d` (de {min} a {max}), u `off` para quitarla."
        }
        Key::GateDurationOutOfRange => {
            "`{option}` debe estar entre {min} y {max}; `{value}` queda fuera. Elige una duración en ese rango, u `off` para quitarla."
        }
        Key::GateEligibleEveryone => {
            "`eligible` no puede ser @everyone: todos los miembros lo tienen, así que no limitaría quién pasa la puerta de {role}. Elige el rol que los miembros ya deben tener (por ejemplo @Moderator), o no uses `eligible`."
        }
        Key::GateEligibleSelf => {
            "`eligible` no puede ser el propio {role}: solo podrían pasar quienes ya lo tienen, así que nunca nadie nuevo. Elige otro rol (por ejemplo @Moderator para una puerta sobre @Moderator (activo))."
        }
        Key::GateEligibleOpenGate => {
            "`eligible` no puede ser {eligible}: cualquier miembro puede conseguirlo por su propia puerta, así que no limitaría quién pasa la puerta de {role}. Elige un rol que los moderadores den a mano (por ejemplo @Moderator)."
        }
        Key::StepUpModalTitle => "Verificación: tu código",
        Key::StepUpEnrollFirst => {
            "Este servidor pide a los moderadores un código de su app de autenticación antes de este comando, y aún no has configurado una aquí. Usa `/verificar` para configurarla e inténtalo de nuevo."
        }
        Key::StepUpExpired => {
            "Esa verificación caducó (dura 5 minutos) o ya se usó. Ejecuta el comando de nuevo."
        }
        Key::StepUpNotDone => {
            "El comando no se ejecutó. Vuelve a ejecutarlo cuando tengas un código nuevo."
        }
        Key::GateNone => "ninguno",
        Key::GateOn => "activada",
        Key::GateOff => "desactivada",
        Key::GateRuleEveryone => "cualquier miembro puede pasar",
        Key::GateRuleEligible => "solo miembros con {role}",
        Key::GateRulePermanent => "para siempre",
        Key::GateRuleLasts => "se quita {period} después de cada paso",
        Key::GateRuleReverify => "se quita si no se pasa de nuevo cada {period}",
        Key::GateDiscord2faNeedsWeb => {
            "`discord_2fa` necesita la comprobación de la 2FA de Discord en el navegador, que no está activada en este bot, así que ningún miembro podría pasar esa puerta. No se ha cambiado nada. Quien opera el bot puede activarla: consulta el README (\"Confirming Discord's own 2FA in the browser\")."
        }
        Key::GateRuleDiscord2fa => "2FA de Discord confirmada en los últimos 30 días",
        Key::GateSettings => {
            "Canal de registro: {log}. Guía al unirse: {guide}. Código de moderadores: {code}."
        }
        Key::GateSettingsDiscord2faRole => {
            "Los miembros cuya 2FA de Discord encontró activada `/2fa comprobar` reciben {role}; una comprobación posterior que la encuentre desactivada lo quita."
        }
        Key::GateDiscord2faRoleIsAGate => {
            "{role} es una de las puertas de este servidor, así que Keygate la da tras un código. Elige otro rol para los miembros con 2FA de Discord, o retira antes esa puerta con `/gate retirar`."
        }
        Key::GateRoleIsDiscord2faRole => {
            "{role} es el rol que Keygate da sin código a los miembros con 2FA de Discord (`discord_2fa_role`), así que no puede ser también una puerta. Detén eso antes con `/gate retirar role:{role}`, o elige otro rol para la puerta."
        }
        Key::GatePanelPosted => "✅ Publiqué el panel de verificación en {channel}.",
        Key::GatePanelForbidden => {
            "No puedo publicar en {channel}. Dale a mi rol los permisos **Ver canal** y **Enviar mensajes** allí y vuelve a intentarlo."
        }
        Key::GateChannelNotHere => {
            "{channel} no está en este servidor. Elige un canal de este servidor y vuelve a intentarlo."
        }
        Key::GateTargetThemselves => {
            "No puedes hacerte esto a ti mismo: tiene que hacerlo otro moderador. Así, quien robe la sesión de un moderador no puede restablecer ni desbloquear el segundo factor de ese moderador."
        }
        Key::GateTargetNotBelow => {
            "{user} tiene un rol igual o superior a tu rol más alto, así que no puedes hacerle esto. Pídeselo a alguien con un rol más alto."
        }
        Key::GateUnlocked => "🔓 {user} puede volver a probar códigos.",
        Key::GateRevoked => {
            "Le quité {role} a {user}. Puede volver a verificarse con `/verificar`."
        }
        Key::GateResetDone => {
            "Reinicié la configuración de {user}: se borraron su autenticador y sus códigos de respaldo, y se le está quitando el rol. {note}"
        }
        Key::GateResetTold => "Se le avisó por mensaje directo.",
        Key::GateResetNotTold => {
            "No pude enviarle un mensaje directo (los tiene cerrados), así que avísale tú, por favor."
        }
        Key::GateResetDm => {
            "Un moderador de **{server}** reinició allí tu configuración de dos factores (motivo: `{reason}`). Tu entrada anterior en la app de autenticación y tus códigos de respaldo ya no funcionan. Usa `/verificar` en el servidor para configurarla de nuevo."
        }
        Key::GateStats => {
            "**Miembros inscritos:** {enrolled}\n**Configuraciones en curso:** {pending}\n**Verificados ahora:** {verified}\n**Bloqueados ahora:** {locked}\n**Cambios de rol pendientes:** {waiting}"
        }
        Key::GateAuditEmpty => "El registro de auditoría está vacío.",
        Key::GateConfig => "**Puertas** ({count} de {max}):\n{gates}\n{settings}",
        Key::GateConfigNoGates => "ninguna todavía (añade una con `/gate configurar`)",
        // The walkthrough of Discord's own two-factor authentication
        Key::GuideSentDm => "📬 Te envié la guía por mensaje directo.",
        Key::GuideDmClosed => {
            "No pude enviarte un mensaje directo porque tienes los mensajes directos cerrados para este servidor, así que aquí tienes la guía. Para permitirlos: abre el menú del servidor (su nombre, arriba), luego **Ajustes de privacidad** (en algunas versiones: clic derecho en el icono del servidor → Ajustes de privacidad) y activa **Mensajes directos**."
        }
        Key::GuidePageOf => "Página {page} de {total}",
        Key::GuideBackButton => "Atrás",
        Key::GuideNextButton => "Siguiente",
        Key::GuideDoneButton => "Listo",
        Key::GuideFinished => {
            "👍 Esa es toda la guía. Usa `/2fa guia` cuando quieras para volver a leerla."
        }
        Key::Guide1Title => "Por qué importa la autenticación de dos factores",
        Key::Guide1Body => {
            "Tu contraseña no basta. En Discord se prueban contraseñas robadas todo el tiempo, y el **malware que roba tokens** (a menudo escondido en \"Nitro gratis\", trampas para juegos o programas falsos) copia tu sesión de Discord ya iniciada, así que el ladrón ni siquiera necesita tu contraseña.\n\nLa autenticación de dos factores (2FA) añade un segundo paso: un código de 6 dígitos de una app en tu teléfono que cambia cada 30 segundos. Aunque alguien tenga tu contraseña, no puede entrar sin tu teléfono.\n\nEn las siguientes páginas verás cómo activarla, cómo guardar bien tus códigos de respaldo y qué hacer si pierdes tu teléfono."
        }
        Key::Guide2Title => "Activa una app de autenticación (PC o navegador)",
        Key::Guide2Body => {
            "1. Instala una app de autenticación en tu teléfono: Google Authenticator, Microsoft Authenticator, Aegis, 2FAS o un gestor de contraseñas que muestre códigos.\n2. En Discord, abre **Ajustes de usuario** (el engranaje junto a tu nombre) → **Mi cuenta**.\n3. Presiona **Enable Authenticator App**. Antes tienes que haber verificado tu correo electrónico.\n4. Escribe tu contraseña de Discord y luego escanea el código QR con tu app (o escribe la clave que aparece debajo).\n5. Escribe el código de 6 dígitos que muestra la app. Listo: la 2FA está activada."
        }
        Key::Guide3Title => "Activa una app de autenticación (teléfono)",
        Key::Guide3Body => {
            "1. Instala una app de autenticación (mira la página anterior).\n2. En la app de Discord, toca tu foto de perfil y luego el engranaje (**Ajustes**) → **Cuenta**.\n3. Toca **Enable Authenticator App** y escribe tu contraseña.\n4. En el mismo teléfono no puedes escanear tu propia pantalla: copia la **clave** que muestra Discord y pégala en tu app de autenticación (\"Introducir una clave de configuración\").\n5. Vuelve a Discord y escribe el código de 6 dígitos que muestra la app."
        }
        Key::Guide4Title => "SMS como respaldo",
        Key::Guide4Body => {
            "Cuando tengas activada la app de autenticación, puedes añadir tu número de teléfono como respaldo: **Ajustes de usuario → Mi cuenta → Enable SMS**. Así Discord puede enviarte un código por SMS si no tienes la app a mano.\n\nEl SMS es menos seguro que una app (te pueden robar el número con un \"SIM swap\", un cambio fraudulento de tu SIM), así que usa la app como método principal y el SMS solo como repuesto."
        }
        Key::Guide5Title => "Llaves de seguridad y passkeys",
        Key::Guide5Body => {
            "Una **llave de seguridad** (una pequeña llave USB o NFC, como una YubiKey) o una **passkey** (guardada en tu teléfono o PC y que se desbloquea con tu huella, tu cara o tu PIN) también pueden ser tu segundo paso, y no se pueden robar con phishing.\n\nAñade una en **Ajustes de usuario → Mi cuenta → Security Keys**. Conserva también tu app de autenticación y tus códigos de respaldo, por si pierdes la llave."
        }
        Key::Guide6Title => "Guarda los códigos de respaldo de Discord",
        Key::Guide6Body => {
            "Los códigos de respaldo te permiten iniciar sesión si pierdes tu teléfono. Cada uno tiene 8 caracteres y se muestra como `XXXX-XXXX`.\n\n1. Abre **Ajustes de usuario → Mi cuenta → View Backup Codes**.\n2. Escribe tu contraseña y luego la clave de verificación que Discord te envía por correo.\n3. Guarda los códigos: imprímelos o guárdalos en un gestor de contraseñas.\n\n⚠️ Si los descargas, el archivo se llama `discord_backup_codes.txt`. El malware que roba tokens busca justo ese nombre de archivo, así que **sácalo de tu carpeta de Descargas** (o imprímelo y bórralo).\n\n**Generate new codes** crea códigos nuevos; los anteriores dejan de funcionar al instante."
        }
        Key::Guide7Title => "Iniciar sesión con un código de respaldo",
        Key::Guide7Body => {
            "¿Perdiste tu teléfono? Inicia sesión como siempre con tu correo y tu contraseña. Cuando Discord te pida el código de 6 dígitos, elige **Verify with something else**, luego **Use a backup code** y escribe uno de los códigos que guardaste.\n\nCuando hayas entrado, configura la 2FA en tu nuevo teléfono y genera códigos de respaldo nuevos."
        }
        Key::Guide8Title => "Preguntas frecuentes",
        Key::Guide8Body => {
            "**¿Puedo volver a usar un código de respaldo?** No. Cada código sirve una vez; táchalo después de usarlo.\n\n**¿Cuántos tengo?** Abre **View Backup Codes** para ver tus códigos y cuáles ya usaste. Cuando te queden pocos, presiona **Generate new codes**.\n\n**Los usé todos.** Si todavía tienes la sesión iniciada en algún dispositivo, abre View Backup Codes y genera códigos nuevos enseguida.\n\n**Perdí mi teléfono y mis códigos.** En ese caso, el soporte de Discord no puede quitarte la 2FA y la cuenta no se puede recuperar. Por eso es tan importante guardar tus códigos de respaldo en un lugar seguro."
        }
        Key::Guide9Title => "La verificación propia de este servidor",
        Key::Guide9Body => {
            "La 2FA de Discord protege tu **inicio de sesión**. Pero si un malware roba tu sesión ya iniciada, el ladrón ya no necesita iniciar sesión.\n\nPor eso este servidor tiene su propio control: `/verificar` te pide un código de una app de autenticación en tu teléfono antes de darte acceso. Quien tenga una sesión robada sigue sin poder generar ese código.\n\nEs una **entrada aparte** en tu app de autenticación, configurada con el código QR de este servidor y con sus propios códigos de respaldo. No reemplaza la 2FA de Discord: usa las dos."
        }
        // On join (sent in the server's language)
        Key::JoinDm => {
            "👋 ¡Te damos la bienvenida a **{server}**! Proteger tu cuenta de Discord también protege a esta comunidad. Aquí tienes una guía corta para activar la autenticación de dos factores."
        }
        Key::ReverifyReminderDm => {
            "🔁 ¡Hola! En {server} toca una nueva verificación con tu app de autenticación para {role}. Usa `/verificar` en ese servidor antes de {when}; si no, Keygate lo quitará (puedes recuperarlo cuando quieras verificándote). Este mensaje no tiene enlaces a propósito: nunca escribas un código en otro sitio."
        }
        // Slash commands: names (where a language has its own) and descriptions
        // The browser check of Discord's own 2FA
        Key::Check2faLink => {
            "Pulsa el botón para iniciar sesión con Discord en tu navegador. Discord le dice entonces a Keygate una sola cosa: si tu cuenta tiene activada la autenticación en dos pasos (2FA). Keygate no guarda ningún inicio de sesión y no lee nada más.\n\nEl enlace funciona una vez, durante 10 minutos, y solo para ti: no lo compartas."
        }
        Key::Check2faButton => "Comprobar mi 2FA de Discord",
        Key::Check2faUnavailable => {
            "La comprobación de la 2FA de Discord en el navegador no está activada en este bot. Aun así puedes activar la 2FA con los pasos de `/2fa guia`."
        }
        Key::WebOnTitle => "La 2FA de Discord está activada",
        Key::WebOnBody => {
            "Tu cuenta de Discord tiene activada la autenticación en dos pasos. Keygate lo ha anotado y ya está todo listo.\n\nPuedes cerrar esta página y volver a Discord."
        }
        Key::WebCheckedAccount => "Comprobado para la cuenta de Discord **{name}**.",
        Key::WebRoleComing => {
            "El servidor da un rol propio a los miembros con 2FA de Discord: lo tendrás en un momento."
        }
        Key::WebOffTitle => "La 2FA de Discord está desactivada",
        Key::WebOffBody => {
            "Tu cuenta de Discord todavía no tiene activada la autenticación en dos pasos (2FA). Cualquiera que consiga tu contraseña o tu sesión iniciada podría quedarse con tu cuenta.\n\nAsí se activa. Cuando termines, pulsa **Comprobar de nuevo**."
        }
        Key::WebCheckAgainButton => "Comprobar de nuevo",
        Key::WebCancelledTitle => "No se ha comprobado nada",
        Key::WebCancelledBody => {
            "Has cancelado en la página de Discord, así que Keygate no ha comprobado ni anotado nada.\n\nCuando quieras volver a intentarlo, pulsa el botón de abajo (funciona durante 10 minutos desde que lo pediste)."
        }
        Key::WebInvalidTitle => "Este enlace no funciona",
        Key::WebInvalidBody => {
            "Este enlace de comprobación no es de Keygate, o se perdió una parte al copiarlo. No se ha comprobado nada.\n\nEn Discord, usa `/2fa comprobar` para obtener un enlace nuevo."
        }
        Key::WebExpiredTitle => "Este enlace ha caducado",
        Key::WebExpiredBody => {
            "Los enlaces de comprobación funcionan 10 minutos, para que nadie más pueda usarlos. No se ha comprobado nada.\n\nEn Discord, usa `/2fa comprobar` para obtener un enlace nuevo."
        }
        Key::WebSpentTitle => "Este enlace ya se usó",
        Key::WebSpentBody => {
            "Cada enlace de comprobación funciona una vez. La comprobación que inició ya está hecha.\n\nEn Discord, usa `/2fa comprobar` para obtener un enlace nuevo si quieres comprobar de nuevo."
        }
        Key::WebOtherAccountTitle => "Era otra cuenta de Discord",
        Key::WebOtherAccountBody => {
            "Este enlace se creó para otra cuenta de Discord distinta de la que inició sesión, así que no se ha anotado nada.\n\nInicia sesión en Discord en este navegador con la cuenta que usas en el servidor y vuelve a usar `/2fa comprobar` allí."
        }
        Key::WebDiscordFailedTitle => "Discord no confirmó el inicio de sesión",
        Key::WebDiscordFailedBody => {
            "Discord no respondió a Keygate como se esperaba, así que no se ha anotado nada. Suele durar poco.\n\nEspera un minuto y luego usa `/2fa comprobar` en Discord para obtener un enlace nuevo."
        }
        Key::WebDatabaseDownTitle => "Keygate no pudo guardar el resultado",
        Key::WebDatabaseDownBody => {
            "Keygate no puede acceder a su base de datos ahora mismo, así que no se ha anotado nada.\n\nEspera un minuto y luego usa `/2fa comprobar` en Discord para obtener un enlace nuevo."
        }
        Key::WebUnavailableTitle => "La comprobación de la 2FA de Discord está desactivada",
        Key::WebUnavailableBody => {
            "Este Keygate no está configurado para comprobar la 2FA de Discord en el navegador."
        }
        Key::WebNotFoundTitle => "Página no encontrada",
        Key::WebNotFoundBody => {
            "Aquí no hay nada. Los enlaces de Keygate te los da el bot en Discord."
        }
        Key::WebBusyTitle => "Demasiadas personas a la vez",
        Key::WebBusyBody => {
            "Muchos miembros están comprobando en este mismo momento, así que Keygate todavía no pudo atender la tuya. No se ha comprobado nada.\n\nEspera unos segundos y vuelve a cargar esta página."
        }
        Key::CommandVerifyName => "verificar",
        Key::CommandVerifyDescription => "Verifícate con tu app de autenticación o configura una",
        Key::Command2faDescription => {
            "Autenticación en dos pasos: tu estado, códigos de respaldo y la 2FA de Discord"
        }
        Key::Command2faGuideName => "guia",
        Key::Command2faGuideDescription => "Cómo activar la autenticación en dos pasos de Discord",
        Key::Command2faStatusName => "estado",
        Key::Command2faStatusDescription => {
            "Tu configuración, verificación, códigos restantes y bloqueo aquí"
        }
        Key::Command2faBackupCodesName => "codigos-de-respaldo",
        Key::Command2faBackupCodesDescription => {
            "Crear nuevos códigos de respaldo (necesita un código de tu app)"
        }
        Key::Command2faRemoveName => "eliminar",
        Key::Command2faRemoveDescription => {
            "Borrar tu autenticador y códigos de respaldo aquí (necesita un código)"
        }
        Key::Command2faCheckName => "comprobar",
        Key::Command2faCheckDescription => {
            "Confirma en tu navegador que tu cuenta de Discord tiene la 2FA activada"
        }
        Key::CommandGateDescription => "Moderación: configurar y gestionar la verificación",
        Key::CommandGateSetupDescription => {
            "Añadir o cambiar una puerta (un rol tras un código) y los ajustes de Keygate"
        }
        Key::CommandGateDropDescription => {
            "Dejar de proteger un rol (quienes lo tienen lo conservan)"
        }
        Key::CommandGatePanelDescription => {
            "Publicar el panel de verificación (Verificar y guía 2FA)"
        }
        Key::CommandGateStatusDescription => {
            "Configuración, verificación, códigos y bloqueo de un miembro"
        }
        Key::CommandGateUnlockDescription => "Quitar el bloqueo de un miembro",
        Key::CommandGateRevokeDescription => {
            "Quitar el rol verificado a un miembro (podrá verificarse de nuevo)"
        }
        Key::CommandGateResetDescription => {
            "Restablecer a quien perdió su teléfono: borra su autenticador y códigos"
        }
        Key::CommandGateStatsDescription => "Cifras: inscritos, verificados, bloqueados",
        Key::CommandGateAuditDescription => {
            "Las últimas entradas del registro de auditoría, de todos o un miembro"
        }
        Key::CommandGateConfigDescription => "Mostrar los ajustes de la verificación aquí",
        // Members' whole life at the gate: one-time codes, two-person approval, the unverified, stats
        Key::VerifiedBypass => {
            "✅ Código aceptado: pasaste la puerta con el código de un solo uso que te dio un moderador. Ese código ya está gastado y se borró tu configuración de autenticación anterior. Usa `/verificar` pronto para configurar tu app de autenticación en tu teléfono nuevo: la necesitarás la próxima vez."
        }
        Key::ReplyBypassExpired => {
            "Ese código de un solo uso ha caducado (duran 24 horas). Pide uno nuevo a un moderador."
        }
        Key::GateBypassIssued => {
            "🔑 Código de un solo uso para {user}:\n`{code}`\n\nSirve una sola vez, hasta el {when}, en lugar de un código de su app: tiene que usar `/verificar` y escribirlo en el cuadro. Dáselo por un medio de confianza, nunca en un canal público. Después tendrá que configurar de nuevo su app de autenticación. Es la única vez que se muestra este código."
        }
        Key::GateBypassNotEnrolled => {
            "{user} no tiene ninguna app de autenticación configurada aquí, así que no necesita un código de un solo uso: puede usar `/verificar` y configurar su teléfono nuevo ahora mismo."
        }
        Key::GateTwoPersonOwnerOnly => {
            "Solo el propietario del servidor puede desactivar la aprobación de dos moderadores o cambiar el canal de registro mientras está activa, para que la cuenta de un solo moderador no pueda deshacerla. No se ha cambiado nada."
        }
        Key::GateAuditActor => " por {user}",
        Key::GateAuditSubject => " para {user}",
        Key::GateTwoPersonNeedsLog => {
            "La aprobación de dos personas publica cada solicitud en el canal de registro, y este servidor todavía no tiene uno. Añade `log_channel:` al mismo `/gate configurar` y vuelve a intentarlo. No se ha cambiado nada."
        }
        Key::GateApprovalRequested => {
            "⏳ Tu solicitud espera a un segundo moderador: está en {channel} con los botones *Aprobar* y *Rechazar*, y caduca el {when}. No puedes aprobarla tú."
        }
        Key::GateApprovalNotPosted => {
            "No pude publicar la solicitud en el canal de registro {channel}, así que no se ha pedido ni cambiado nada. Dale a mi rol **Ver canal** y **Enviar mensajes** allí y vuelve a intentarlo."
        }
        Key::ApproveButton => "Aprobar",
        Key::DenyButton => "Rechazar",
        Key::ApprovalOwnRequest => {
            "Esta solicitud es tuya, así que tiene que decidirla otro moderador. Para eso sirve la aprobación de dos personas: una sola cuenta de moderador robada no puede hacerlo."
        }
        Key::ApprovalExpired => {
            "Esta solicitud ha caducado (las solicitudes duran 24 horas). Si todavía hace falta, vuelve a usar el comando."
        }
        Key::ApprovalAlreadyDecided => "Esta solicitud ya se decidió.",
        Key::ApprovalDenied => "🚫 Rechazada: no se cambió nada para {user}.",
        Key::ApprovalNoteApproved => "✅ Aprobada por {moderator}.",
        Key::ApprovalNoteDenied => "🚫 Rechazada por {moderator}.",
        Key::ApprovalNoteExpired => "⌛ Caducó sin que nadie decidiera.",
        Key::GateKickNeedsYourPermission => {
            "Para que expulse a los miembros que no se verifican, necesitas tú el permiso **Expulsar miembros**. Pídeselo al propietario del servidor o a un administrador. No se ha cambiado nada."
        }
        Key::GateKickNeedsPermission => {
            "Para expulsar a los miembros que no se verifican, necesito el permiso **Expulsar miembros**. Dáselo a mi rol en Ajustes del servidor → Roles y luego vuelve a usar `/gate configurar`. No se ha cambiado nada."
        }
        Key::GateKickBeforeRemind => {
            "`kick_after` ({kick}) tiene que ser más largo que `remind_after` ({remind}), para que los miembros reciban antes el recordatorio. No se ha cambiado nada."
        }
        Key::GateUnverifiedNeedsIntent => {
            "Para recordar o expulsar a los miembros que no se han verificado hace falta el intent **Server Members** de Discord, que este bot no tiene, así que Keygate nunca se entera de quién entra. No se ha cambiado nada. Quien opera el bot puede activarlo en el Developer Portal (Bot → Privileged Gateway Intents) y reiniciar Keygate."
        }
        Key::GateSettingsUnverified => {
            "Miembros nuevos que no han pasado la primera puerta: recordatorio por mensaje directo tras {remind}, expulsión tras {kick}."
        }
        Key::GateSettingsTwoPerson => {
            "Aprobación de dos personas para `/gate restablecer` y `/gate codigo-de-un-solo-uso`: {on}."
        }
        Key::JoinReminderDm => {
            "👋 ¡Hola! Te uniste a {server} el {joined} y todavía no te has verificado allí. Para entrar, usa `/verificar` en el servidor y sigue los pasos; se tarda más o menos un minuto.{kick}"
        }
        Key::JoinReminderKickNote => {
            " Si no lo haces, se te expulsará del servidor el {when}. Puedes volver a unirte más adelante."
        }
        Key::KickAuditReason => {
            "Keygate: no pasó la puerta de verificación en {after} desde que se unió"
        }
        Key::StatsWaiting => "**Se unieron y aún no se han verificado:** {waiting}",
        Key::StatsChartHeading => {
            "**Últimos 30 días** (por día: ✅ verificaciones, ❌ fallos, 🔒 bloqueos, ⚠️ reutilizaciones). Solo aparecen los días con actividad; el gráfico muestra los 30."
        }
        Key::StatsChartNone => {
            "**Últimos 30 días:** ninguna verificación, fallo, bloqueo ni reutilización."
        }
        Key::StatsChartTitle => "Keygate, últimos 30 días",
        Key::StatsChartVerifications => "Verificaciones",
        Key::StatsChartFailures => "Fallos",
        Key::StatsChartLockouts => "Bloqueos",
        Key::StatsChartReplays => "Reutilizaciones",
        // Log channel lines (in the server's language). Mentions render as names: the post pings nobody
        Key::LogEnrollmentStarted => "🆕 {user} empezó a configurar una app de autenticación.",
        Key::LogEnrolled => {
            "✅ {user} configuró una app de autenticación y pasó la puerta de {role}{until}."
        }
        Key::LogModeratorEnrolled => {
            "🚨 {user}, que puede usar `/gate`, configuró una app de autenticación nueva y pasó la puerta de {role}{until}. Mientras el código de moderadores esté activado, los códigos de esta app valen ahora para las comprobaciones de moderación. Si no fue esa persona, puede que le hayan robado la cuenta: otro moderador debería usar `/gate restablecer` con ella."
        }
        Key::LogVerifiedAuthenticator => {
            "✅ {user} pasó la puerta de {role}{until} con su app de autenticación."
        }
        Key::LogVerifiedBackup => {
            "✅ {user} pasó la puerta de {role}{until} con un código de respaldo (le quedan {remaining})."
        }
        Key::LogVerifiedBypass => {
            "✅ {user} pasó la puerta de {role}{until} con un código de un solo uso de un moderador. Se borró su configuración de autenticación anterior; la próxima vez configurará una nueva."
        }
        Key::LogUntil => " hasta el {when}",
        Key::LogNewBackupCodes => "🔑 {user} generó códigos de respaldo nuevos.",
        Key::LogRemovedThemselves => "🗑️ {user} quitó su autenticador de la puerta.",
        Key::LogReplayed => {
            "⚠️ {user} envió un código que ya se había usado (posible reutilización). Se rechazó el código.{lock}"
        }
        Key::LogTooManyWrong => "🔒 {user} escribió demasiados códigos incorrectos.{lock}",
        Key::LogNotACode => "❌ {user} escribió algo que no es un código.",
        Key::LogWrongCode => "❌ {user} escribió un código incorrecto.",
        Key::LogLockedUntil => " Bloqueo hasta el {when}.",
        Key::LogLockedUntilUnlocked => " Bloqueo hasta que un moderador use `/gate desbloquear`.",
        Key::LogConfiguredGate => "⚙️ {moderator} configuró la puerta de {role} ({rules}).",
        Key::LogConfiguredSettings => "⚙️ {moderator} cambió los ajustes.",
        Key::LogConfiguredDetails => " Canal de registro: {log}; código de moderadores: {code}.",
        Key::LogGateDropped => {
            "⚙️ {moderator} retiró la puerta de {role}. Quienes tienen el rol lo conservan (los temporales, hasta que se acabe su tiempo)."
        }
        Key::LogPanelPosted => "⚙️ {moderator} publicó el panel de verificación en {channel}.",
        Key::LogUnlocked => "🔓 {moderator} desbloqueó a {user}.",
        Key::LogRevoked => "⛔ {moderator} le quitó {role} a {user}.",
        Key::LogEndedExpired => "⌛ Se acabó el tiempo de {user} con {role}; se le quitó el rol.",
        Key::LogEndedEarly => "⌛ {user} terminó antes de tiempo su periodo con {role}.",
        Key::LogEligibilityLost => {
            "🚪 {user} ya no tiene {needs}, así que se le está quitando {role} (que lo requiere)."
        }
        Key::LogReverification => {
            "🔁 Reverificación: recordatorios enviados por mensaje directo: {reminded}; con los mensajes directos cerrados: {closed}; ya no están en el servidor: {left}; roles quitados por no volver a verificarse a tiempo: {removed}."
        }
        Key::LogReset => {
            "♻️ {moderator} restableció la configuración de dos factores de {user}. Motivo: `{reason}`"
        }
        Key::LogApprovedBy => " Aprobado por {approver}.",
        Key::LogBypassIssued => {
            "🔑 {moderator} le dio a {user} un código de un solo uso por pérdida del teléfono (válido hasta el {when})."
        }
        Key::LogApprovalReset => {
            "🧑‍⚖️ {moderator} pide restablecer la configuración de dos factores de {user} (motivo: `{reason}`). Otro moderador tiene que aprobarlo; la solicitud caduca el {when}."
        }
        Key::LogApprovalBypass => {
            "🧑‍⚖️ {moderator} pide un código de un solo uso para {user}, que perdió su teléfono. Otro moderador tiene que aprobarlo; la solicitud caduca el {when}."
        }
        Key::LogApprovalDenied => {
            "🚫 {approver} rechazó la solicitud de {moderator} para {user}. No se cambió nada."
        }
        Key::LogRoleNotEligible => {
            "🚪 No le di {role} a {user}: ya no tiene {needs}, que su puerta requiere."
        }
        Key::LogRoleDangerous => {
            "⚠️ No le di {role} a {user}: el rol ahora tiene permisos poderosos ({permissions}) y su puerta deja pasar a cualquier miembro. Añade `eligible:` con `/gate configurar`, o quita esos permisos al rol."
        }
        Key::LogRoleGrantFailed => "⚠️ No pude darle {role} a {user}: {why}",
        Key::LogRoleRemoveFailed => "⚠️ No pude quitarle {role} a {user}: {why}",
        Key::LogDiscordGone => {
            "Discord respondió 404 (el miembro salió del servidor o el rol se borró)."
        }
        Key::LogDiscordFailed => "Discord respondió {status}.",
        Key::LogOwnerNeeds2faGrant => {
            "Discord respondió 403 (código 60003): este servidor exige 2FA para las acciones de moderación, y la cuenta dueña de la aplicación Keygate no ha activado la 2FA. Para solucionarlo: **el dueño de la aplicación Keygate tiene que activar la 2FA** (Discord: Ajustes de usuario → Mi cuenta). El miembro recibirá el rol en cuanto esté activada."
        }
        Key::LogOwnerNeeds2faRemove => {
            "Discord respondió 403 (código 60003): este servidor exige 2FA para las acciones de moderación, y la cuenta dueña de la aplicación Keygate no ha activado la 2FA. Para solucionarlo: **el dueño de la aplicación Keygate tiene que activar la 2FA** (Discord: Ajustes de usuario → Mi cuenta). Hasta entonces el miembro conserva el rol; se le quitará en cuanto la 2FA esté activada."
        }
        Key::LogForbidden => {
            "Discord respondió 403 (prohibido). Para solucionarlo: dale a mi rol el permiso **Gestionar roles** y arrastra mi rol **por encima** de {role} en Ajustes del servidor → Roles. Después, el miembro puede volver a usar `/verificar`."
        }
        Key::LogGuideOnJoin => {
            "📬 Guía al unirse: guía de 2FA enviada a {sent} miembro(s) nuevo(s). Sin enviar: {closed} con los mensajes directos cerrados, {recent} por haberla recibido en los últimos 30 días, {bots} bot(s), {capped} por superar el límite de {per_window} cada {window} s."
        }
        Key::LogUnverified => {
            "⏳ Miembros nuevos sin verificar: con recordatorio por mensaje directo: {reminded} ({closed} con los mensajes directos cerrados); expulsados: {kicked}; exentos: {exempt} (bots, el propietario, miembros con un rol dado después de unirse o por encima del mío); todavía en espera: {waiting}. Se expulsa como máximo a {per_pass} por minuto; el resto espera su turno."
        }
        Key::LogKickRefused => {
            "⚠️ No pude expulsar a un miembro que no se verificó: Discord lo rechazó (403). Dale a mi rol el permiso **Expulsar miembros** y arrástralo por encima de los roles de los miembros, o desactiva la expulsión con `/gate configurar kick_after:off`."
        }
        Key::LogTwoPersonOn => " Aprobación de dos personas: {on}.",
        Key::LogUnverifiedSettings => {
            " Miembros sin verificar: recordatorio tras {remind}, expulsión tras {kick}."
        }
        // Slash commands: the moderator commands' names, and every option's description
        Key::CommandGateSetupName => "configurar",
        Key::CommandGateDropName => "retirar",
        Key::CommandGatePanelName => "panel",
        Key::CommandGateStatusName => "estado",
        Key::CommandGateUnlockName => "desbloquear",
        Key::CommandGateRevokeName => "revocar",
        Key::CommandGateResetName => "restablecer",
        Key::CommandGateBypassName => "codigo-de-un-solo-uso",
        Key::CommandGateStatsName => "estadisticas",
        Key::CommandGateAuditName => "auditoria",
        Key::CommandGateConfigName => "ajustes",
        Key::CommandGateBypassDescription => {
            "Un código de un solo uso para quien perdió su teléfono (sirve una vez, durante 24 h)"
        }
        Key::OptionVerifyRole => {
            "El rol para el que verificarte (por defecto: eliges entre los roles que puedes obtener)"
        }
        Key::OptionSetupRole => "El rol que Keygate da tras un código válido",
        Key::OptionSetupEligible => {
            "Solo pueden pasar los miembros que ya tienen este rol (por ejemplo @Moderator)"
        }
        Key::OptionSetupLasts => {
            "Quitar el rol este tiempo después de cada paso, como 1h o 7d (1m a 30d; off lo desactiva)"
        }
        Key::OptionSetupReverifyEvery => {
            "Quitar el rol si no se vuelve a pasar con esta frecuencia, como 30d (1d a 365d; off lo desactiva)"
        }
        Key::OptionSetupDiscord2fa => {
            "Solo pasan quienes confirmaron su propia 2FA de Discord (/2fa comprobar, en los últimos 30 días)"
        }
        Key::OptionSetupDiscord2faRole => {
            "Rol que Keygate da a quien /2fa comprobar encontró con la 2FA de Discord activada (no es puerta)"
        }
        Key::OptionSetupLogChannel => {
            "Un canal para el registro de Keygate de verificaciones y acciones de moderación"
        }
        Key::OptionSetupGuideOnJoin => {
            "Enviar a los miembros nuevos la guía de la 2FA propia de Discord"
        }
        Key::OptionSetupModeratorCode => {
            "Pedir un código de autenticación antes de configurar, retirar, desbloquear, revocar, restablecer"
        }
        Key::OptionSetupRemindAfter => {
            "Mandar un MD a miembros nuevos sin verificar tras este tiempo, como 1d (1m a 30d; off lo desactiva)"
        }
        Key::OptionSetupKickAfter => {
            "Expulsar a miembros nuevos sin verificar tras este tiempo, como 7d (1m a 30d; off lo desactiva)"
        }
        Key::OptionSetupTwoPersonReset => {
            "restablecer y codigo-de-un-solo-uso necesitan que otro moderador apruebe en el canal de registro"
        }
        Key::OptionDropRole => "El rol que deja de tener puerta (quienes lo tienen lo conservan)",
        Key::OptionPanelChannel => "Dónde publicarlo (por defecto: este canal)",
        Key::OptionPanelRole => "La puerta de su botón Verificar (por defecto: el miembro elige)",
        Key::OptionMember => "El miembro",
        Key::OptionRevokeUser => {
            "El miembro al que quitar los roles con puerta (conserva su app de autenticación)"
        }
        Key::OptionRevokeRole => {
            "Solo este rol con puerta (por defecto: todos los que tenga con puerta)"
        }
        Key::OptionResetReason => "Por qué (se guarda en el registro de auditoría)",
        Key::OptionAuditUser => "Solo este miembro",
    }
}
