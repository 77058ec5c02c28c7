//! Spanish (es-ES, es-419).
//! Neutral Spanish with "tú", for Spain and Latin America; Discord's own labels as Discord shows them, or in English.

pub const TABLE: &[(&str, &str)] = &[
    // Errors and refusals
    (
        "reply.something_went_wrong",
        "Algo salió mal de nuestro lado. Vuelve a intentarlo en un momento; si sigue pasando, avisa a un moderador.",
    ),
    (
        "reply.database_down",
        "Keygate no puede conectarse a su base de datos ahora mismo. Vuelve a intentarlo en un rato.",
    ),
    (
        "reply.not_configured",
        "Este servidor todavía no ha configurado su verificación. Un moderador puede hacerlo con `/gate setup`.",
    ),
    (
        "reply.not_enrolled",
        "Todavía no has configurado una app de autenticación con este servidor. Usa `/verificar` para empezar.",
    ),
    (
        "reply.already_enrolled",
        "Ya tienes una app de autenticación configurada aquí. Usa `/verificar` y escribe el código de 6 dígitos que te muestra.",
    ),
    (
        "reply.enrollment_expired",
        "La configuración tardó más de 15 minutos, así que caducó por tu seguridad. Usa `/verificar` para empezar de nuevo con un código QR nuevo.",
    ),
    (
        "reply.needs_authenticator",
        "Para esto, usa el código de 6 dígitos de tu app de autenticación, no un código de respaldo.",
    ),
    (
        "reply.not_a_code",
        "Ese código no es válido. Escribe los 6 dígitos que muestra ahora tu app de autenticación (por ejemplo `123456`) o uno de tus códigos de respaldo (como `1ABC-DEFG-HJKM-NPQR`).",
    ),
    (
        "reply.wrong_code",
        "Ese código no coincide. Comprueba que estás mirando la entrada de este servidor en tu app de autenticación y escribe el código que muestra ahora mismo.",
    ),
    (
        "reply.replayed",
        "Ese código ya se usó, así que no sirve otra vez. Espera a que tu app muestre uno nuevo (cambian cada 30 segundos). Si no lo usaste tú, avisa a un moderador: puede que alguien lo haya visto.",
    ),
    (
        "reply.locked_until",
        "Demasiados códigos incorrectos. Por tu seguridad, la verificación está en pausa hasta el {when}. Vuelve a intentarlo entonces.",
    ),
    (
        "reply.locked_until_unlocked",
        "Demasiados códigos incorrectos: la verificación de tu cuenta está bloqueada aquí hasta que un moderador la desbloquee.",
    ),
    (
        "reply.guild_only",
        "Keygate funciona dentro de un servidor. Usa este comando allí.",
    ),
    (
        "reply.stale_form",
        "Este formulario está desactualizado. Vuelve a usar el comando.",
    ),
    (
        "reply.only_moderators",
        "Solo los moderadores pueden usar `/gate` (hace falta el permiso **Gestionar servidor**).",
    ),
    (
        "reply.not_verified",
        "Ese miembro no está verificado ahora mismo.",
    ),
    ("reply.not_locked", "Ese miembro no está bloqueado."),
    // Enrollment
    (
        "enroll.instructions",
        "**Configura tu app de autenticación** (solo tú puedes ver este mensaje)\n1. Si aún no tienes una, instala una app de autenticación en tu teléfono: Google Authenticator, Microsoft Authenticator, Aegis, 2FAS o un gestor de contraseñas que admita códigos.\n2. En la app, toca **+** y escanea el código QR de abajo. ¿No tienes cámara? Elige \"Introducir una clave de configuración\" y escribe:\n`{key}`\n3. Ahora la app muestra un código de 6 dígitos que cambia cada 30 segundos. Presiona **Introducir código** y escríbelo.\n\nEsta configuración caduca el {expires}. Nunca compartas este código QR ni la clave: quien los tenga puede generar tus códigos.",
    ),
    ("enroll.enter_code.button", "Introducir código"),
    ("confirm.modal_title", "Confirma tu app de autenticación"),
    ("verify.modal_title", "Verifica que eres tú"),
    ("backup_codes.modal_title", "Nuevos códigos de respaldo"),
    ("remove.modal_title", "Quitar tu app de autenticación"),
    ("code.input_label", "Código de 6 dígitos de tu app"),
    (
        "code_or_backup.input_label",
        "Código de tu app o código de respaldo",
    ),
    (
        "backup_codes.first_time",
        "✅ **Tu app de autenticación está configurada.**\n\nAquí tienes tus **códigos de respaldo**. Si pierdes tu teléfono, cada uno sirve una vez en lugar de un código de 6 dígitos. Guárdalos ahora (en el archivo de abajo, en un gestor de contraseñas o en papel): no se volverán a mostrar.",
    ),
    (
        "backup_codes.renewed",
        "🔑 **Tus nuevos códigos de respaldo.** Tus códigos anteriores acaban de dejar de funcionar. Guarda estos ahora: no se volverán a mostrar.",
    ),
    (
        "backup_codes.file_intro",
        "Códigos de respaldo de Keygate para el servidor de Discord \"{server}\"\nCada código sirve una vez, en lugar del código de 6 dígitos de tu app de autenticación.\nGuarda este archivo en un lugar seguro y privado (un gestor de contraseñas o impreso en papel).",
    ),
    // Verification
    (
        "verified.authenticator",
        "✅ Verificación completada con tu app de autenticación.",
    ),
    (
        "verified.backup",
        "✅ Verificación completada con un código de respaldo. Ese código ya está gastado; te quedan {remaining}.",
    ),
    (
        "verified.backup_low",
        "✅ Verificación completada con un código de respaldo. ⚠️ Solo te quedan {remaining} código(s) de respaldo: usa `/2fa codigos-de-respaldo` para generar códigos nuevos.",
    ),
    ("role.granted", "Ya tienes tu rol. ¡Te damos la bienvenida!"),
    (
        "role.pending",
        "Tu rol está en camino; puede tardar un minuto en aparecer.",
    ),
    (
        "role.forbidden",
        "Tu verificación se completó, pero no pude darte el rol {role}: Discord lo rechazó (me falta el permiso Gestionar roles o mi rol está por debajo de ese rol). Ya avisé a los moderadores; recibirás el rol en cuanto lo solucionen.",
    ),
    (
        "removed",
        "Listo: se borraron tu autenticador y tus códigos de respaldo de este servidor, y se te está quitando el rol de verificado. Usa `/verificar` cuando quieras para configurarlo de nuevo.",
    ),
    // Status
    (
        "status.body",
        "**Autenticador:** {enrollment}\n**Verificado:** {verified}\n**Códigos de respaldo restantes:** {codes}\n**Bloqueo:** {lockout}\n**Última verificación:** {last}",
    ),
    ("status.enrollment.none", "sin configurar"),
    (
        "status.enrollment.pending",
        "configuración iniciada, esperando el primer código (caduca el {when})",
    ),
    (
        "status.enrollment.expired",
        "la configuración caducó antes de terminarse",
    ),
    ("status.enrollment.confirmed", "configurado el {when}"),
    ("status.yes", "sí"),
    ("status.no", "no"),
    ("status.lockout.none", "ninguno"),
    ("status.lockout.until", "bloqueado hasta el {when}"),
    (
        "status.lockout.moderator",
        "bloqueado hasta que un moderador lo desbloquee",
    ),
    ("status.never", "nunca"),
    // The verification panel (posted in the server's language)
    (
        "panel.body",
        "🔐 **Verificación**\nEste servidor pide a sus miembros que demuestren que de verdad son ellos con un código de una app de autenticación antes de darles acceso. Presiona **Verificar** para empezar (la primera vez tarda más o menos un minuto).\n¿Nunca has usado la autenticación de dos factores? Presiona **Guía de 2FA**.",
    ),
    ("panel.verify.button", "Verificar"),
    ("panel.guide.button", "Guía de 2FA"),
    // Moderator replies
    (
        "gate.role_problem",
        "Todavía no puedo usar ese rol. {problem}",
    ),
    (
        "gate.role.everyone",
        "Ese es el rol @everyone, que ya tienen todos los miembros. Crea un rol como \"Verificado\" y elige ese.",
    ),
    (
        "gate.role.managed",
        "{role} lo gestiona una integración (un bot o una suscripción), así que nadie puede darlo a mano. Crea un rol normal como \"Verificado\" y elige ese.",
    ),
    (
        "gate.role.no_manage_roles",
        "No tengo el permiso **Gestionar roles**, así que no pude dar el rol. Dale a mi rol el permiso Gestionar roles en Ajustes del servidor → Roles y luego vuelve a usar `/gate setup`.",
    ),
    (
        "gate.role.too_high",
        "{role} está por encima de mi rol más alto (o a su mismo nivel), y Discord solo me deja dar roles que estén por debajo del mío. En Ajustes del servidor → Roles, arrastra mi rol por encima de {role} y luego vuelve a usar `/gate setup`.",
    ),
    (
        "gate.role.invoker_no_manage_roles",
        "Necesitas el permiso **Gestionar roles** para elegir el rol que da la verificación.",
    ),
    (
        "gate.role.invoker_too_low",
        "{role} está por encima (o al mismo nivel) de tu rol más alto, así que no puedes darlo tú, ni la verificación en tu nombre. Pídeselo a alguien con un rol más alto.",
    ),
    (
        "gate.setup_done",
        "✅ La verificación está configurada. Los miembros que la superen reciben {role}. Canal de registro: {log}. Guía al unirse: {guide}.\nSiguiente paso: publica el botón Verificar con `/gate panel`.",
    ),
    (
        "gate.setup_members_intent",
        "⚠️ La guía al unirse está activada, pero este bot se inició sin el intent Server Members, así que no puede ver cuándo entra alguien. Quien administra el bot puede activarlo: consulta el README (\"Guide on join\").",
    ),
    ("gate.none", "ninguno"),
    ("gate.on", "activada"),
    ("gate.off", "desactivada"),
    (
        "gate.panel_posted",
        "✅ Publiqué el panel de verificación en {channel}.",
    ),
    (
        "gate.panel_forbidden",
        "No puedo publicar en {channel}. Dale a mi rol los permisos **Ver canal** y **Enviar mensajes** allí y vuelve a intentarlo.",
    ),
    ("gate.unlocked", "🔓 {user} puede volver a probar códigos."),
    (
        "gate.revoked",
        "Le quité {role} a {user}. Puede volver a verificarse con `/verificar`.",
    ),
    (
        "gate.reset_done",
        "Reinicié la configuración de {user}: se borraron su autenticador y sus códigos de respaldo, y se le está quitando el rol. {note}",
    ),
    ("gate.reset_told", "Se le avisó por mensaje directo."),
    (
        "gate.reset_not_told",
        "No pude enviarle un mensaje directo (los tiene cerrados), así que avísale tú, por favor.",
    ),
    (
        "gate.reset_dm",
        "Un moderador de **{server}** reinició allí tu configuración de dos factores (motivo: {reason}). Tu entrada anterior en la app de autenticación y tus códigos de respaldo ya no funcionan. Usa `/verificar` en el servidor para configurarla de nuevo.",
    ),
    (
        "gate.stats",
        "**Miembros inscritos:** {enrolled}\n**Configuraciones en curso:** {pending}\n**Verificados ahora:** {verified}\n**Bloqueados ahora:** {locked}\n**Cambios de rol pendientes:** {waiting}",
    ),
    ("gate.audit_empty", "El registro de auditoría está vacío."),
    (
        "gate.config",
        "**Rol de verificación:** {role}\n**Canal de registro:** {log}\n**Guía al unirse:** {guide}",
    ),
    ("gate.config_no_role", "sin configurar (usa `/gate setup`)"),
    // The walkthrough of Discord's own two-factor authentication
    ("guide.sent_dm", "📬 Te envié la guía por mensaje directo."),
    (
        "guide.dm_closed",
        "No pude enviarte un mensaje directo porque tienes los mensajes directos cerrados para este servidor, así que aquí tienes la guía. Para permitirlos: abre el menú del servidor (su nombre, arriba), luego **Ajustes de privacidad** (en algunas versiones: clic derecho en el icono del servidor → Ajustes de privacidad) y activa **Mensajes directos**.",
    ),
    ("guide.page_of", "Página {page} de {total}"),
    ("guide.back.button", "Atrás"),
    ("guide.next.button", "Siguiente"),
    ("guide.done.button", "Listo"),
    (
        "guide.finished",
        "👍 Esa es toda la guía. Usa `/2fa guia` cuando quieras para volver a leerla.",
    ),
    (
        "guide.1.title",
        "Por qué importa la autenticación de dos factores",
    ),
    (
        "guide.1.body",
        "Tu contraseña no basta. En Discord se prueban contraseñas robadas todo el tiempo, y el **malware que roba tokens** (a menudo escondido en \"Nitro gratis\", trampas para juegos o programas falsos) copia tu sesión de Discord ya iniciada, así que el ladrón ni siquiera necesita tu contraseña.\n\nLa autenticación de dos factores (2FA) añade un segundo paso: un código de 6 dígitos de una app en tu teléfono que cambia cada 30 segundos. Aunque alguien tenga tu contraseña, no puede entrar sin tu teléfono.\n\nEn las siguientes páginas verás cómo activarla, cómo guardar bien tus códigos de respaldo y qué hacer si pierdes tu teléfono.",
    ),
    (
        "guide.2.title",
        "Activa una app de autenticación (PC o navegador)",
    ),
    (
        "guide.2.body",
        "1. Instala una app de autenticación en tu teléfono: Google Authenticator, Microsoft Authenticator, Aegis, 2FAS o un gestor de contraseñas que muestre códigos.\n2. En Discord, abre **Ajustes de usuario** (el engranaje junto a tu nombre) → **Mi cuenta**.\n3. Presiona **Enable Authenticator App**. Antes tienes que haber verificado tu correo electrónico.\n4. Escribe tu contraseña de Discord y luego escanea el código QR con tu app (o escribe la clave que aparece debajo).\n5. Escribe el código de 6 dígitos que muestra la app. Listo: la 2FA está activada.",
    ),
    (
        "guide.3.title",
        "Activa una app de autenticación (teléfono)",
    ),
    (
        "guide.3.body",
        "1. Instala una app de autenticación (mira la página anterior).\n2. En la app de Discord, toca tu foto de perfil y luego el engranaje (**Ajustes**) → **Cuenta**.\n3. Toca **Enable Authenticator App** y escribe tu contraseña.\n4. En el mismo teléfono no puedes escanear tu propia pantalla: copia la **clave** que muestra Discord y pégala en tu app de autenticación (\"Introducir una clave de configuración\").\n5. Vuelve a Discord y escribe el código de 6 dígitos que muestra la app.",
    ),
    ("guide.4.title", "SMS como respaldo"),
    (
        "guide.4.body",
        "Cuando tengas activada la app de autenticación, puedes añadir tu número de teléfono como respaldo: **Ajustes de usuario → Mi cuenta → Enable SMS**. Así Discord puede enviarte un código por SMS si no tienes la app a mano.\n\nEl SMS es menos seguro que una app (te pueden robar el número con un \"SIM swap\", un cambio fraudulento de tu SIM), así que usa la app como método principal y el SMS solo como repuesto.",
    ),
    ("guide.5.title", "Llaves de seguridad y passkeys"),
    (
        "guide.5.body",
        "Una **llave de seguridad** (una pequeña llave USB o NFC, como una YubiKey) o una **passkey** (guardada en tu teléfono o PC y que se desbloquea con tu huella, tu cara o tu PIN) también pueden ser tu segundo paso, y no se pueden robar con phishing.\n\nAñade una en **Ajustes de usuario → Mi cuenta → Security Keys**. Conserva también tu app de autenticación y tus códigos de respaldo, por si pierdes la llave.",
    ),
    ("guide.6.title", "Guarda los códigos de respaldo de Discord"),
    (
        "guide.6.body",
        "Los códigos de respaldo te permiten iniciar sesión si pierdes tu teléfono. Cada uno tiene 8 caracteres y se muestra como `XXXX-XXXX`.\n\n1. Abre **Ajustes de usuario → Mi cuenta → View Backup Codes**.\n2. Escribe tu contraseña y luego la clave de verificación que Discord te envía por correo.\n3. Guarda los códigos: imprímelos o guárdalos en un gestor de contraseñas.\n\n⚠️ Si los descargas, el archivo se llama `discord_backup_codes.txt`. El malware que roba tokens busca justo ese nombre de archivo, así que **sácalo de tu carpeta de Descargas** (o imprímelo y bórralo).\n\n**Generate new codes** crea códigos nuevos; los anteriores dejan de funcionar al instante.",
    ),
    ("guide.7.title", "Iniciar sesión con un código de respaldo"),
    (
        "guide.7.body",
        "¿Perdiste tu teléfono? Inicia sesión como siempre con tu correo y tu contraseña. Cuando Discord te pida el código de 6 dígitos, elige **Verify with something else**, luego **Use a backup code** y escribe uno de los códigos que guardaste.\n\nCuando hayas entrado, configura la 2FA en tu nuevo teléfono y genera códigos de respaldo nuevos.",
    ),
    ("guide.8.title", "Preguntas frecuentes"),
    (
        "guide.8.body",
        "**¿Puedo volver a usar un código de respaldo?** No. Cada código sirve una vez; táchalo después de usarlo.\n\n**¿Cuántos tengo?** Abre **View Backup Codes** para ver tus códigos y cuáles ya usaste. Cuando te queden pocos, presiona **Generate new codes**.\n\n**Los usé todos.** Si todavía tienes la sesión iniciada en algún dispositivo, abre View Backup Codes y genera códigos nuevos enseguida.\n\n**Perdí mi teléfono y mis códigos.** En ese caso, el soporte de Discord no puede quitarte la 2FA y la cuenta no se puede recuperar. Por eso es tan importante guardar tus códigos de respaldo en un lugar seguro.",
    ),
    ("guide.9.title", "La verificación propia de este servidor"),
    (
        "guide.9.body",
        "La 2FA de Discord protege tu **inicio de sesión**. Pero si un malware roba tu sesión ya iniciada, el ladrón ya no necesita iniciar sesión.\n\nPor eso este servidor tiene su propio control: `/verificar` te pide un código de una app de autenticación en tu teléfono antes de darte acceso. Quien tenga una sesión robada sigue sin poder generar ese código.\n\nEs una **entrada aparte** en tu app de autenticación, configurada con el código QR de este servidor y con sus propios códigos de respaldo. No reemplaza la 2FA de Discord: usa las dos.",
    ),
    // On join (sent in the server's language)
    (
        "join.dm",
        "👋 ¡Te damos la bienvenida a **{server}**! Proteger tu cuenta de Discord también protege a esta comunidad. Aquí tienes una guía corta para activar la autenticación de dos factores.",
    ),
];
