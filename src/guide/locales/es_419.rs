//! Spanish for Latin America (es-419): only the texts whose wording differs from Spain's
//! Spanish (es.rs); every other key falls back to es.rs.
//! Discord's es-419 labels ("Configuración de usuario", "Administrar roles"), "agregar",
//! "ingresar", "presionar", "expirar", "administrador de contraseñas", and the preterite.

use crate::guide::catalogue::Key;

pub fn overrides(key: Key) -> Option<&'static str> {
    Some(match key {
        // Errors and refusals
        Key::ReplyEnrollmentExpired => {
            "La configuración tardó más de 15 minutos, así que expiró por tu seguridad. Usa `/verificar` para empezar de nuevo con un código QR nuevo."
        }
        Key::ReplyOnlyModerators => {
            "Solo los moderadores pueden usar `/gate` (hace falta el permiso **Administrar servidor**)."
        }
        Key::ReplyTooManySetups => {
            "Empezaste a configurar una app de autenticación 3 veces en la última hora. Por tu seguridad, podrás empezar de nuevo {when}."
        }
        Key::ReplyTooManyRemovals => {
            "Borraste tu configuración de autenticación aquí 3 veces hoy. Por tu seguridad, podrás borrarla de nuevo {when}."
        }
        Key::ReplyTooManyBackupCodeSets => {
            "Creaste 3 series nuevas de códigos de respaldo hoy. Por tu seguridad, podrás crear otra {when}. Tus códigos actuales siguen funcionando."
        }
        // Enrollment
        Key::ReplyNeedsDiscord2fa => {
            "La puerta para {role} es solo para miembros cuya propia cuenta de Discord tiene activada la autenticación en dos pasos (2FA). Keygate no vio la tuya activada en los últimos 30 días, así que no se contó nada en tu contra.\n\nPresiona el botón para mostrarlo en tu navegador (toma un minuto) y vuelve a intentarlo. Si la 2FA está desactivada, la página explica cómo activarla."
        }
        Key::EnrollInstructions => {
            "**Configura tu app de autenticación** (solo tú puedes ver este mensaje)\n1. Si aún no tienes una, instala una app de autenticación en tu teléfono: Google Authenticator, Microsoft Authenticator, Aegis, 2FAS o un administrador de contraseñas que admita códigos.\n2. En la app, toca **+** y escanea el código QR de abajo. ¿No tienes cámara? Elige \"Ingresar una clave de configuración\" y escribe:\n`{key}`\n3. Ahora la app muestra un código de 6 dígitos que cambia cada 30 segundos. Presiona **Ingresar código** y escríbelo.\n\nEsta configuración expira el {expires}. Nunca compartas este código QR ni la clave: quien los tenga puede generar tus códigos."
        }
        Key::EnrollEnterCodeButton => "Ingresar código",
        Key::BackupCodesFirstTime => {
            "✅ **Tu app de autenticación está configurada.**\n\nAquí tienes tus **códigos de respaldo**. Si pierdes tu teléfono, cada uno sirve una vez en lugar de un código de 6 dígitos. Guárdalos ahora (en el archivo de abajo, en un administrador de contraseñas o en papel): no se volverán a mostrar."
        }
        Key::BackupCodesFileIntro => {
            "Códigos de respaldo de Keygate para el servidor de Discord \"{server}\"\nCada código sirve una vez, en lugar del código de 6 dígitos de tu app de autenticación.\nGuarda este archivo en un lugar seguro y privado (un administrador de contraseñas o impreso en papel)."
        }
        // Verification
        Key::RoleForbidden => {
            "Tu verificación se completó, pero no pude darte el rol {role}: Discord lo rechazó (me falta el permiso Administrar roles o mi rol está por debajo de ese rol). Ya avisé a los moderadores; recibirás el rol en cuanto lo solucionen."
        }
        Key::RoleGone => {
            "Estás verificado, pero no se pudo agregar el rol: Discord dice que ya no estás en este servidor o que el rol se borró. Si sigues aquí, avisa a un moderador."
        }
        Key::RoleFailed => {
            "Estás verificado, pero Discord se negó a agregar el rol. Los moderadores ya lo saben."
        }
        Key::RoleTimed => {
            "⏳ Tienes {role} hasta {when}. Cuando termines, presiona **Terminar ya** para dejarlo antes."
        }
        Key::RoleSuperseded => {
            "Al final no se agregó tu rol: un cambio posterior lo reemplazó (un moderador lo quitó o se acabó su tiempo). Vuelve a usar `/verificar` si aún lo necesitas."
        }
        // Status
        Key::StatusEnrollmentPending => {
            "configuración iniciada, esperando el primer código (expira el {when})"
        }
        Key::StatusEnrollmentExpired => "la configuración expiró antes de terminarse",
        // Moderator replies
        Key::GateRoleNoManageRoles => {
            "No tengo el permiso **Administrar roles**, así que no pude dar el rol. Dale a mi rol el permiso Administrar roles en Configuración del servidor → Roles y luego vuelve a usar `/gate configurar`."
        }
        Key::GateRoleTooHigh => {
            "{role} está por encima de mi rol más alto (o a su mismo nivel), y Discord solo me deja dar roles que estén por debajo del mío. En Configuración del servidor → Roles, arrastra mi rol por encima de {role} y luego vuelve a usar `/gate configurar`."
        }
        Key::GateRoleInvokerNoManageRoles => {
            "Necesitas el permiso **Administrar roles** para elegir el rol que da la verificación."
        }
        Key::GateSetupOwnerNeeds2fa => {
            "⚠️ Este servidor exige 2FA para las acciones de moderación, y la cuenta dueña de la aplicación Keygate no la ha activado, así que Discord rechazará cada rol que Keygate dé o quite. El dueño de la aplicación Keygate debe activar la 2FA (Discord: Configuración de usuario → Mi cuenta); nada más lo soluciona."
        }
        Key::GateDangerous => {
            "⚠️ {role} tiene permisos poderosos: {permissions}. Sin `eligible`, todo miembro que configure una app de autenticación los obtendría. Agrega `eligible:` con el rol que puede pasar (por ejemplo `eligible:@Moderator`), o quita esos permisos a {role} (en su configuración y en los permisos de los canales) e inténtalo de nuevo."
        }
        Key::PermManageServer => "Administrar servidor",
        Key::PermManageRoles => "Administrar roles",
        Key::PermManageChannels => "Administrar canales",
        Key::PermManageWebhooks => "Administrar webhooks",
        Key::PermManageMessages => "Administrar mensajes",
        Key::StepUpExpired => {
            "Esa verificación expiró (dura 5 minutos) o ya se usó. Ejecuta el comando de nuevo."
        }
        Key::GateConfigNoGates => "ninguna todavía (agrega una con `/gate configurar`)",
        // The walkthrough of Discord's own two-factor authentication
        Key::GuideDmClosed => {
            "No pude enviarte un mensaje directo porque tienes los mensajes directos cerrados para este servidor, así que aquí tienes la guía. Para permitirlos: abre el menú del servidor (su nombre, arriba), luego **Configuración de privacidad** (en algunas versiones: clic derecho en el icono del servidor → Configuración de privacidad) y activa **Mensajes directos**."
        }
        Key::Guide1Body => {
            "Tu contraseña no basta. En Discord se prueban contraseñas robadas todo el tiempo, y el **malware que roba tokens** (a menudo escondido en \"Nitro gratis\", trampas para juegos o programas falsos) copia tu sesión de Discord ya iniciada, así que el ladrón ni siquiera necesita tu contraseña.\n\nLa autenticación de dos factores (2FA) agrega un segundo paso: un código de 6 dígitos de una app en tu teléfono que cambia cada 30 segundos. Aunque alguien tenga tu contraseña, no puede entrar sin tu teléfono.\n\nEn las siguientes páginas verás cómo activarla, cómo guardar bien tus códigos de respaldo y qué hacer si pierdes tu teléfono."
        }
        Key::Guide2Body => {
            "1. Instala una app de autenticación en tu teléfono: Google Authenticator, Microsoft Authenticator, Aegis, 2FAS o un administrador de contraseñas que muestre códigos.\n2. En Discord, abre **Configuración de usuario** (el engranaje junto a tu nombre) → **Mi cuenta**.\n3. Presiona **Enable Authenticator App**. Antes tienes que haber verificado tu correo electrónico.\n4. Escribe tu contraseña de Discord y luego escanea el código QR con tu app (o escribe la clave que aparece debajo).\n5. Escribe el código de 6 dígitos que muestra la app. Listo: la 2FA está activada."
        }
        Key::Guide3Body => {
            "1. Instala una app de autenticación (mira la página anterior).\n2. En la app de Discord, toca tu foto de perfil y luego el engranaje (**Configuración**) → **Cuenta**.\n3. Toca **Enable Authenticator App** y escribe tu contraseña.\n4. En el mismo teléfono no puedes escanear tu propia pantalla: copia la **clave** que muestra Discord y pégala en tu app de autenticación (\"Ingresar una clave de configuración\").\n5. Vuelve a Discord y escribe el código de 6 dígitos que muestra la app."
        }
        Key::Guide4Body => {
            "Cuando tengas activada la app de autenticación, puedes agregar tu número de teléfono como respaldo: **Configuración de usuario → Mi cuenta → Enable SMS**. Así Discord puede enviarte un código por SMS si no tienes la app a mano.\n\nEl SMS es menos seguro que una app (te pueden robar el número con un \"SIM swap\", un cambio fraudulento de tu SIM), así que usa la app como método principal y el SMS solo como repuesto."
        }
        Key::Guide5Body => {
            "Una **llave de seguridad** (una pequeña llave USB o NFC, como una YubiKey) o una **passkey** (guardada en tu teléfono o PC y que se desbloquea con tu huella, tu cara o tu PIN) también pueden ser tu segundo paso, y no se pueden robar con phishing.\n\nAgrega una en **Configuración de usuario → Mi cuenta → Security Keys**. Conserva también tu app de autenticación y tus códigos de respaldo, por si pierdes la llave."
        }
        Key::Guide6Body => {
            "Los códigos de respaldo te permiten iniciar sesión si pierdes tu teléfono. Cada uno tiene 8 caracteres y se muestra como `XXXX-XXXX`.\n\n1. Abre **Configuración de usuario → Mi cuenta → View Backup Codes**.\n2. Escribe tu contraseña y luego la clave de verificación que Discord te envía por correo.\n3. Guarda los códigos: imprímelos o guárdalos en un administrador de contraseñas.\n\n⚠️ Si los descargas, el archivo se llama `discord_backup_codes.txt`. El malware que roba tokens busca justo ese nombre de archivo, así que **sácalo de tu carpeta de Descargas** (o imprímelo y bórralo).\n\n**Generate new codes** crea códigos nuevos; los anteriores dejan de funcionar al instante."
        }
        // On join (sent in the server's language)
        Key::ReverifyReminderDm => {
            "🔁 ¡Hola! En {server} toca una nueva verificación con tu app de autenticación para {role}. Usa `/verificar` en ese servidor antes de {when}; si no, Keygate lo quitará (puedes recuperarlo cuando quieras verificándote). Este mensaje no tiene enlaces a propósito: nunca escribas un código en ningún otro lugar."
        }
        // The browser check of Discord's own 2FA
        Key::Check2faLink => {
            "Presiona el botón para iniciar sesión con Discord en tu navegador. Discord le dice entonces a Keygate una sola cosa: si tu cuenta tiene activada la autenticación en dos pasos (2FA). Keygate no guarda ningún inicio de sesión y no lee nada más.\n\nEl enlace funciona una vez, durante 10 minutos, y solo para ti: no lo compartas."
        }
        Key::WebOffBody => {
            "Tu cuenta de Discord todavía no tiene activada la autenticación en dos pasos (2FA). Cualquiera que consiga tu contraseña o tu sesión iniciada podría quedarse con tu cuenta.\n\nAsí se activa. Cuando termines, presiona **Comprobar de nuevo**."
        }
        Key::WebCancelledBody => {
            "Cancelaste en la página de Discord, así que Keygate no comprobó ni registró nada.\n\nCuando quieras volver a intentarlo, presiona el botón de abajo (funciona durante 10 minutos desde que lo pediste)."
        }
        Key::WebExpiredTitle => "Este enlace expiró",
        Key::CommandGateSetupDescription => {
            "Agregar o cambiar una puerta (un rol tras un código) y los ajustes de Keygate"
        }
        // Members' whole life at the gate: one-time codes, two-person approval, the unverified, stats
        Key::ReplyBypassExpired => {
            "Ese código de un solo uso expiró (duran 24 horas). Pide uno nuevo a un moderador."
        }
        Key::GateTwoPersonNeedsLog => {
            "La aprobación de dos personas publica cada solicitud en el canal de registro, y este servidor todavía no tiene uno. Agrega `log_channel:` al mismo `/gate configurar` y vuelve a intentarlo. No se ha cambiado nada."
        }
        Key::GateApprovalRequested => {
            "⏳ Tu solicitud espera a un segundo moderador: está en {channel} con los botones *Aprobar* y *Rechazar*, y expira el {when}. No puedes aprobarla tú."
        }
        Key::ApprovalExpired => {
            "Esta solicitud expiró (las solicitudes duran 24 horas). Si todavía hace falta, vuelve a usar el comando."
        }
        Key::ApprovalNoteExpired => "⌛ Expiró sin que nadie decidiera.",
        Key::GateKickNeedsPermission => {
            "Para expulsar a los miembros que no se verifican, necesito el permiso **Expulsar miembros**. Dáselo a mi rol en Configuración del servidor → Roles y luego vuelve a usar `/gate configurar`. No se ha cambiado nada."
        }
        // Log channel lines (in the server's language). Mentions render as names: the post pings nobody
        Key::LogApprovalReset => {
            "🧑‍⚖️ {moderator} pide restablecer la configuración de dos factores de {user} (motivo: `{reason}`). Otro moderador tiene que aprobarlo; la solicitud expira el {when}."
        }
        Key::LogApprovalBypass => {
            "🧑‍⚖️ {moderator} pide un código de un solo uso para {user}, que perdió su teléfono. Otro moderador tiene que aprobarlo; la solicitud expira el {when}."
        }
        Key::LogRoleDangerous => {
            "⚠️ No le di {role} a {user}: el rol ahora tiene permisos poderosos ({permissions}) y su puerta deja pasar a cualquier miembro. Agrega `eligible:` con `/gate configurar`, o quita esos permisos al rol."
        }
        Key::LogOwnerNeeds2faGrant => {
            "Discord respondió 403 (código 60003): este servidor exige 2FA para las acciones de moderación, y la cuenta dueña de la aplicación Keygate no ha activado la 2FA. Para solucionarlo: **el dueño de la aplicación Keygate tiene que activar la 2FA** (Discord: Configuración de usuario → Mi cuenta). El miembro recibirá el rol en cuanto esté activada."
        }
        Key::LogOwnerNeeds2faRemove => {
            "Discord respondió 403 (código 60003): este servidor exige 2FA para las acciones de moderación, y la cuenta dueña de la aplicación Keygate no ha activado la 2FA. Para solucionarlo: **el dueño de la aplicación Keygate tiene que activar la 2FA** (Discord: Configuración de usuario → Mi cuenta). Hasta entonces el miembro conserva el rol; se le quitará en cuanto la 2FA esté activada."
        }
        Key::LogForbidden => {
            "Discord respondió 403 (prohibido). Para solucionarlo: dale a mi rol el permiso **Administrar roles** y arrastra mi rol **por encima** de {role} en Configuración del servidor → Roles. Después, el miembro puede volver a usar `/verificar`."
        }
        _ => return None,
    })
}

/// Latin America's text for `key`: its own wording where it differs, Spain's otherwise.
pub fn text(key: Key) -> &'static str {
    overrides(key).unwrap_or_else(|| super::es::text(key))
}
