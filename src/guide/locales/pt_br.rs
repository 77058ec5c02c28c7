//! Brazilian Portuguese (pt-BR).
//! Written for Brazilian readers, using "você"; Discord's own labels are Discord's pt-BR wording, or kept in English where unsure.

pub const TABLE: &[(&str, &str)] = &[
    // Errors and refusals
    (
        "reply.something_went_wrong",
        "Algo deu errado do nosso lado. Tente de novo daqui a pouco; se continuar acontecendo, avise um moderador.",
    ),
    (
        "reply.database_down",
        "O Keygate não está conseguindo acessar o banco de dados agora. Tente de novo daqui a pouco.",
    ),
    (
        "reply.not_configured",
        "Este servidor ainda não configurou a verificação. Um moderador pode fazer isso com `/gate setup`.",
    ),
    (
        "reply.not_enrolled",
        "Você ainda não configurou um app autenticador neste servidor. Use `/verificar` para começar.",
    ),
    (
        "reply.already_enrolled",
        "Você já tem um app autenticador configurado aqui. Use `/verificar` e digite o código de 6 dígitos que ele mostra.",
    ),
    (
        "reply.enrollment_expired",
        "A configuração levou mais de 15 minutos e expirou, para sua segurança. Use `/verificar` para começar de novo com um QR code novo.",
    ),
    (
        "reply.needs_authenticator",
        "Para isso, use o código de 6 dígitos do seu app autenticador, não um código de backup.",
    ),
    (
        "reply.not_a_code",
        "Esse código não é válido. Digite os 6 dígitos que o seu app autenticador está mostrando agora (por exemplo `123456`) ou um dos seus códigos de backup (como `1ABC-DEFG-HJKM-NPQR`).",
    ),
    (
        "reply.wrong_code",
        "Esse código não confere. Confira se você está olhando a entrada deste servidor no seu app autenticador e digite o código que aparece agora.",
    ),
    (
        "reply.replayed",
        "Esse código já foi usado e não pode ser usado de novo. Espere o app mostrar um código novo (eles mudam a cada 30 segundos). Se não foi você que usou, avise um moderador: alguém pode ter visto o código.",
    ),
    (
        "reply.locked_until",
        "Muitos códigos errados. Para sua segurança, a verificação está pausada até {when}. Tente de novo depois disso.",
    ),
    (
        "reply.locked_until_unlocked",
        "Muitos códigos errados: a verificação da sua conta aqui está bloqueada até um moderador desbloquear.",
    ),
    (
        "reply.guild_only",
        "O Keygate funciona dentro de um servidor. Use este comando lá.",
    ),
    (
        "reply.stale_form",
        "Este formulário está desatualizado. Use o comando de novo.",
    ),
    (
        "reply.only_moderators",
        "Só moderadores podem usar `/gate` (é preciso ter a permissão **Gerenciar servidor**).",
    ),
    (
        "reply.not_verified",
        "Esse membro não está verificado no momento.",
    ),
    ("reply.not_locked", "Esse membro não está bloqueado."),
    // Enrollment
    (
        "enroll.instructions",
        "**Configure seu app autenticador** (só você vê esta mensagem)\n1. Se ainda não tiver, instale um app autenticador no celular: Google Authenticator, Microsoft Authenticator, Aegis, 2FAS ou um gerenciador de senhas que gere códigos.\n2. No app, toque em **+** e escaneie o QR code abaixo. Sem câmera? Escolha \"inserir chave de configuração\" e digite:\n`{key}`\n3. Agora o app mostra um código de 6 dígitos que muda a cada 30 segundos. Clique em **Digitar código** e digite esse código.\n\nEsta configuração expira em {expires}. Nunca compartilhe este QR code nem a chave: quem tiver acesso a eles consegue gerar os seus códigos.",
    ),
    ("enroll.enter_code.button", "Digitar código"),
    ("confirm.modal_title", "Confirme seu app autenticador"),
    ("verify.modal_title", "Confirme que é você"),
    ("backup_codes.modal_title", "Novos códigos de backup"),
    ("remove.modal_title", "Remover seu autenticador"),
    ("code.input_label", "Código de 6 dígitos do seu app"),
    (
        "code_or_backup.input_label",
        "Código do app ou código de backup",
    ),
    (
        "backup_codes.first_time",
        "✅ **Seu app autenticador está configurado.**\n\nAqui estão seus **códigos de backup**. Se você perder o celular, cada um funciona uma vez no lugar do código de 6 dígitos. Guarde todos agora (no arquivo abaixo, em um gerenciador de senhas ou no papel): eles não vão aparecer de novo.",
    ),
    (
        "backup_codes.renewed",
        "🔑 **Seus novos códigos de backup.** Os códigos antigos acabaram de parar de funcionar. Guarde estes agora: eles não vão aparecer de novo.",
    ),
    (
        "backup_codes.file_intro",
        "Códigos de backup do Keygate para o servidor do Discord \"{server}\"\nCada código funciona uma vez, no lugar do código de 6 dígitos do seu app autenticador.\nGuarde este arquivo em um lugar seguro e privado (um gerenciador de senhas ou impresso em papel).",
    ),
    // Verification
    (
        "verified.authenticator",
        "✅ Verificação feita com o seu app autenticador.",
    ),
    (
        "verified.backup",
        "✅ Verificação feita com um código de backup. Esse código não vale mais; restam {remaining}.",
    ),
    (
        "verified.backup_low",
        "✅ Verificação feita com um código de backup. ⚠️ Só restam {remaining} código(s) de backup: use `/2fa codigos-de-backup` para gerar um conjunto novo.",
    ),
    ("role.granted", "Seu cargo foi adicionado. Boas-vindas!"),
    (
        "role.pending",
        "Seu cargo está a caminho; pode levar um minutinho para aparecer.",
    ),
    (
        "role.forbidden",
        "Sua verificação deu certo, mas não consegui te dar o cargo {role}: o Discord recusou (estou sem a permissão Gerenciar cargos, ou meu cargo está abaixo desse cargo). Os moderadores já foram avisados; você recebe o cargo assim que eles resolverem.",
    ),
    (
        "removed",
        "Pronto: seu autenticador e seus códigos de backup deste servidor foram apagados, e o cargo de verificado está sendo removido. Use `/verificar` quando quiser para configurar de novo.",
    ),
    // Status
    (
        "status.body",
        "**Autenticador:** {enrollment}\n**Verificado:** {verified}\n**Códigos de backup restantes:** {codes}\n**Bloqueio:** {lockout}\n**Última verificação:** {last}",
    ),
    ("status.enrollment.none", "não configurado"),
    (
        "status.enrollment.pending",
        "configuração iniciada, aguardando o primeiro código (expira em {when})",
    ),
    (
        "status.enrollment.expired",
        "a configuração expirou antes de ser concluída",
    ),
    ("status.enrollment.confirmed", "configurado em {when}"),
    ("status.yes", "sim"),
    ("status.no", "não"),
    ("status.lockout.none", "nenhum"),
    ("status.lockout.until", "bloqueado até {when}"),
    (
        "status.lockout.moderator",
        "bloqueado até um moderador desbloquear",
    ),
    ("status.never", "nunca"),
    // The verification panel (posted in the server's language)
    (
        "panel.body",
        "🔐 **Verificação**\nEste servidor pede que os membros provem que são eles mesmos com um código de um app autenticador antes de liberar o acesso. Clique em **Verificar** para começar (leva mais ou menos um minuto na primeira vez).\nNunca usou autenticação em dois fatores? Clique em **Guia de 2FA**.",
    ),
    ("panel.verify.button", "Verificar"),
    ("panel.guide.button", "Guia de 2FA"),
    // Moderator replies
    (
        "gate.role_problem",
        "Ainda não consigo usar esse cargo. {problem}",
    ),
    (
        "gate.role.everyone",
        "Esse é o cargo @everyone, que todo membro já tem. Crie um cargo como \"Verificado\" e escolha esse no lugar.",
    ),
    (
        "gate.role.managed",
        "{role} é gerenciado por uma integração (um bot ou uma assinatura), então ninguém consegue dar esse cargo manualmente. Crie um cargo normal como \"Verificado\" e escolha esse no lugar.",
    ),
    (
        "gate.role.no_manage_roles",
        "Não tenho a permissão **Gerenciar cargos**, então não consegui dar o cargo. Dê a permissão Gerenciar cargos ao meu cargo em Configurações do servidor → Cargos e depois use `/gate setup` de novo.",
    ),
    (
        "gate.role.too_high",
        "{role} está acima (ou no mesmo nível) do meu cargo mais alto, e o Discord só me deixa dar cargos abaixo do meu. Em Configurações do servidor → Cargos, arraste meu cargo para cima de {role} e depois use `/gate setup` de novo.",
    ),
    (
        "gate.role.invoker_no_manage_roles",
        "Você precisa da permissão **Gerenciar cargos** para escolher o cargo que a verificação dá.",
    ),
    (
        "gate.role.invoker_too_low",
        "{role} está acima (ou no mesmo nível) do seu cargo mais alto, então você não pode dá-lo, nem a verificação em seu nome. Peça a alguém com um cargo mais alto.",
    ),
    (
        "gate.setup_done",
        "✅ A verificação está configurada. Quem passar na verificação recebe {role}. Canal de registro: {log}. Guia ao entrar: {guide}.\nPróximo passo: publique o botão Verificar com `/gate panel`.",
    ),
    (
        "gate.setup_members_intent",
        "⚠️ O guia ao entrar está ativado, mas este bot foi iniciado sem a intent Server Members, então ele não consegue ver quando alguém entra. Quem opera o bot pode ativar isso: veja o README (\"Guide on join\").",
    ),
    ("gate.none", "nenhum"),
    ("gate.on", "ativado"),
    ("gate.off", "desativado"),
    (
        "gate.panel_posted",
        "✅ Publiquei o painel de verificação em {channel}.",
    ),
    (
        "gate.panel_forbidden",
        "Não consigo enviar mensagens em {channel}. Dê ao meu cargo as permissões **Ver canal** e **Enviar mensagens** lá e tente de novo.",
    ),
    ("gate.unlocked", "🔓 {user} pode tentar códigos de novo."),
    (
        "gate.revoked",
        "Removi {role} de {user}. A pessoa pode se verificar de novo com `/verificar`.",
    ),
    (
        "gate.reset_done",
        "Resetei {user}: o autenticador e os códigos de backup dessa pessoa foram apagados e o cargo está sendo removido. {note}",
    ),
    ("gate.reset_told", "A pessoa foi avisada por DM."),
    (
        "gate.reset_not_told",
        "Não consegui mandar DM (as DMs dessa pessoa estão fechadas), então avise a pessoa, por favor.",
    ),
    (
        "gate.reset_dm",
        "Um moderador do servidor **{server}** resetou sua configuração de dois fatores lá (motivo: {reason}). A entrada antiga no seu app autenticador e seus códigos de backup não funcionam mais. Use `/verificar` no servidor para configurar de novo.",
    ),
    (
        "gate.stats",
        "**Membros cadastrados:** {enrolled}\n**Configurações em andamento:** {pending}\n**Verificados agora:** {verified}\n**Bloqueados agora:** {locked}\n**Mudanças de cargo pendentes:** {waiting}",
    ),
    ("gate.audit_empty", "O registro de auditoria está vazio."),
    (
        "gate.config",
        "**Cargo da verificação:** {role}\n**Canal de registro:** {log}\n**Guia ao entrar:** {guide}",
    ),
    ("gate.config_no_role", "não definido (use `/gate setup`)"),
    // The walkthrough of Discord's own two-factor authentication
    (
        "guide.sent_dm",
        "📬 Enviei o guia para você por mensagem direta.",
    ),
    (
        "guide.dm_closed",
        "Não consegui te mandar uma mensagem direta porque suas DMs estão fechadas para este servidor, então o guia vai aqui mesmo. Para liberar as DMs: abra o menu do servidor (o nome dele lá em cima), depois **Configurações de privacidade** (em algumas versões: clique com o botão direito no ícone do servidor → Configurações de privacidade) e ative **Mensagens diretas**.",
    ),
    ("guide.page_of", "Página {page} de {total}"),
    ("guide.back.button", "Voltar"),
    ("guide.next.button", "Próximo"),
    ("guide.done.button", "Concluir"),
    (
        "guide.finished",
        "👍 Esse é o guia completo. Use `/2fa guia` quando quiser para ler de novo.",
    ),
    (
        "guide.1.title",
        "Por que a autenticação em dois fatores é importante",
    ),
    (
        "guide.1.body",
        "Só a senha não basta. Senhas roubadas são testadas no Discord o tempo todo, e **malwares que roubam tokens** (muitas vezes escondidos em \"Nitro grátis\", cheats de jogos ou programas falsos) copiam a sua sessão já logada no Discord, então o ladrão nem precisa da sua senha.\n\nA autenticação em dois fatores (2FA) adiciona uma segunda etapa: um código de 6 dígitos de um app no seu celular, que muda a cada 30 segundos. Mesmo com a sua senha, ninguém consegue entrar sem o seu celular.\n\nAs próximas páginas mostram como ativar, como guardar seus códigos de backup com segurança e o que fazer se você perder o celular.",
    ),
    (
        "guide.2.title",
        "Ative um app autenticador (computador ou navegador)",
    ),
    (
        "guide.2.body",
        "1. Instale um app autenticador no celular: Google Authenticator, Microsoft Authenticator, Aegis, 2FAS ou um gerenciador de senhas que mostre códigos.\n2. No Discord, abra **Configurações de usuário** (a engrenagem ao lado do seu nome) → **Minha conta**.\n3. Clique em **Enable Authenticator App**. Antes, seu e-mail precisa estar verificado.\n4. Digite sua senha do Discord e escaneie o QR code com o app (ou digite a chave que aparece embaixo dele).\n5. Digite o código de 6 dígitos que o app mostra. Pronto: o 2FA está ativado.",
    ),
    ("guide.3.title", "Ative um app autenticador (celular)"),
    (
        "guide.3.body",
        "1. Instale um app autenticador (veja a página anterior).\n2. No app do Discord, toque na sua foto de perfil e depois na engrenagem (**Configurações**) → **Conta**.\n3. Toque em **Enable Authenticator App** e digite sua senha.\n4. No mesmo celular não dá para escanear a própria tela: copie a **chave** que o Discord mostra e cole no app autenticador (\"inserir chave de configuração\").\n5. Volte ao Discord e digite o código de 6 dígitos que o app mostra.",
    ),
    ("guide.4.title", "SMS como reserva"),
    (
        "guide.4.body",
        "Com o app autenticador ativado, você pode adicionar seu número de celular como reserva: **Configurações de usuário → Minha conta → Enable SMS**. Assim o Discord pode te mandar um código por SMS quando você estiver sem o app por perto.\n\nO SMS é menos seguro que um app (números de celular podem ser roubados com a clonagem do chip, o \"SIM swap\"), então use o app como método principal e deixe o SMS só como reserva.",
    ),
    ("guide.5.title", "Chaves de segurança e passkeys"),
    (
        "guide.5.body",
        "Uma **chave de segurança** (uma pequena chave USB ou NFC, como uma YubiKey) ou uma **passkey** (guardada no celular ou no computador e desbloqueada com sua digital, rosto ou PIN) também pode ser a sua segunda etapa, e elas são à prova de phishing.\n\nAdicione uma em **Configurações de usuário → Minha conta → Security Keys**. Mantenha também o seu app autenticador e os seus códigos de backup, caso a chave se perca.",
    ),
    ("guide.6.title", "Guarde os códigos de backup do Discord"),
    (
        "guide.6.body",
        "Os códigos de backup deixam você entrar na conta se perder o celular. Cada um tem 8 caracteres, no formato `XXXX-XXXX`.\n\n1. Abra **Configurações de usuário → Minha conta → View Backup Codes**.\n2. Digite sua senha e depois a chave de verificação que o Discord manda por e-mail.\n3. Guarde os códigos: imprima ou salve em um gerenciador de senhas.\n\n⚠️ Se você baixar os códigos, o arquivo se chama `discord_backup_codes.txt`. Malwares que roubam tokens procuram exatamente esse nome de arquivo, então **tire o arquivo da pasta Downloads** (ou imprima e apague).\n\n**Generate new codes** cria um conjunto novo; os antigos param de funcionar na hora.",
    ),
    ("guide.7.title", "Entrando com um código de backup"),
    (
        "guide.7.body",
        "Perdeu o celular? Entre normalmente com seu e-mail e senha. Quando o Discord pedir o código de 6 dígitos, escolha **Verify with something else**, depois **Use a backup code**, e digite um dos códigos que você guardou.\n\nDepois de entrar, configure o 2FA no celular novo e gere novos códigos de backup.",
    ),
    ("guide.8.title", "Dúvidas"),
    (
        "guide.8.body",
        "**Posso usar um código de backup mais de uma vez?** Não. Cada código funciona só uma vez; risque depois de usar.\n\n**Quantos eu tenho?** Abra **View Backup Codes** para ver seus códigos e quais já foram usados. Quando estiverem acabando, clique em **Generate new codes**.\n\n**Usei todos.** Se você ainda tiver uma sessão aberta em algum lugar, abra **View Backup Codes** e gere um conjunto novo na hora.\n\n**Perdi o celular e os códigos.** Nesse caso, o Suporte do Discord não consegue remover o 2FA para você, e a conta não pode ser recuperada. Por isso é tão importante guardar seus códigos de backup em um lugar seguro.",
    ),
    ("guide.9.title", "A verificação própria deste servidor"),
    (
        "guide.9.body",
        "O 2FA do Discord protege o seu **login**. Mas se um malware roubar a sua sessão já logada, o ladrão já passou do login.\n\nPor isso este servidor tem a sua própria verificação: o `/verificar` pede um código de um app autenticador no seu celular antes de liberar o acesso. Quem está com uma sessão roubada continua sem conseguir gerar esse código.\n\nÉ uma **entrada separada** no seu app autenticador, configurada com o QR code deste servidor e com códigos de backup próprios. Ela não substitui o 2FA do Discord: use os dois.",
    ),
    // On join (sent in the server's language)
    (
        "join.dm",
        "👋 Boas-vindas ao servidor **{server}**! Manter sua conta do Discord segura também mantém esta comunidade segura. Aqui vai um guia rápido para ativar a autenticação em dois fatores.",
    ),
];
