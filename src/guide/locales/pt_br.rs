//! Brazilian Portuguese (pt-BR).
//! Written for Brazilian readers, using "você"; Discord's own labels are Discord's pt-BR wording, or kept in English where unsure.

use crate::guide::catalogue::Key;

pub fn text(key: Key) -> &'static str {
    match key {
        // Errors and refusals
        Key::ReplySomethingWentWrong => {
            "Algo deu errado do nosso lado. Tente de novo daqui a pouco; se continuar acontecendo, avise um moderador."
        }
        Key::ReplyDatabaseDown => {
            "O Keygate não está conseguindo acessar o banco de dados agora. Tente de novo daqui a pouco."
        }
        Key::ReplyNotConfigured => {
            "Este servidor ainda não configurou a verificação. Um moderador pode fazer isso com `/gate configurar`."
        }
        Key::ReplyNotAGate => {
            "{role} não é (ou deixou de ser) um dos portões deste servidor. Use `/verificar` para ver os cargos para os quais você pode se verificar."
        }
        Key::ReplyNotEligible => {
            "Só membros com {needs} podem passar pelo portão de {role}, e você não tem esse cargo. Nada foi contado contra você. Se acha que deveria ter, fale com um moderador."
        }
        Key::ReplyNoGateOpen => {
            "Os portões deste servidor são só para membros com um destes cargos: {roles}. Você não tem nenhum, então não há nada para verificar aqui. Nada foi contado contra você."
        }
        Key::ReplyNotEnrolled => {
            "Você ainda não configurou um app autenticador neste servidor. Use `/verificar` para começar."
        }
        Key::ReplyAlreadyEnrolled => {
            "Você já tem um app autenticador configurado aqui. Use `/verificar` e digite o código de 6 dígitos que ele mostra."
        }
        Key::ReplyEnrollmentExpired => {
            "A configuração levou mais de 15 minutos e expirou, para sua segurança. Use `/verificar` para começar de novo com um QR code novo."
        }
        Key::ReplyNeedsAuthenticator => {
            "Para isso, use o código de 6 dígitos do seu app autenticador, não um código de backup. Os códigos de backup servem para entrar quando o celular se perde; mudar sua configuração exige o próprio celular, porque quem roubar sua sessão do Discord pode ter também seus códigos de backup salvos."
        }
        Key::ReplyNotACode => {
            "Esse código não é válido. Digite os 6 dígitos que o seu app autenticador está mostrando agora (por exemplo `123456`) ou um dos seus códigos de backup (como `1ABC-DEFG-HJKM-NPQR`)."
        }
        Key::ReplyWrongCode => {
            "Esse código não confere. Confira se você está olhando a entrada deste servidor no seu app autenticador e digite o código que aparece agora."
        }
        Key::ReplyReplayed => {
            "Esse código já foi usado e não pode ser usado de novo. Espere o app mostrar um código novo (eles mudam a cada 30 segundos). Se não foi você que usou, avise um moderador: alguém pode ter visto o código."
        }
        Key::ReplyLockedUntil => {
            "Muitos códigos errados. Para sua segurança, a verificação está pausada até {when}. Tente de novo depois disso."
        }
        Key::ReplyLockedUntilUnlocked => {
            "Muitos códigos errados: a verificação da sua conta aqui está bloqueada até um moderador desbloquear."
        }
        Key::ReplyGuildOnly => "O Keygate funciona dentro de um servidor. Use este comando lá.",
        Key::ReplyStaleForm => "Este formulário está desatualizado. Use o comando de novo.",
        Key::ReplyOnlyModerators => {
            "Só moderadores podem usar `/gate` (é preciso ter a permissão **Gerenciar servidor**)."
        }
        Key::ReplyNotVerified => "Esse membro não está verificado no momento.",
        Key::ReplyBadArgument => {
            "Não consegui ler essa opção. Escolha-a na lista que o Discord mostra e tente de novo."
        }
        Key::ReplyNotLocked => "Esse membro não está bloqueado.",
        Key::ReplyBusy => {
            "Outra verificação do seu código ainda está em andamento. Espere um momento e tente de novo."
        }
        Key::ReplyTooManySetups => {
            "Você começou a configurar um app autenticador 3 vezes na última hora. Para sua segurança, você pode começar de novo {when}."
        }
        Key::ReplyTooManyRemovals => {
            "Você removeu sua configuração de autenticador aqui 3 vezes hoje. Para sua segurança, você pode removê-la de novo {when}."
        }
        Key::ReplyTooManyBackupCodeSets => {
            "Você criou 3 novos conjuntos de códigos de backup hoje. Para sua segurança, você pode criar outro {when}. Seus códigos atuais continuam funcionando."
        }
        // Enrollment
        Key::ReplyNeedsDiscord2fa => {
            "O portão de {role} é só para membros cuja própria conta do Discord tem a autenticação de dois fatores (2FA) ativada. O Keygate não viu a sua ativada nos últimos 30 dias, então nada foi contado contra você.\n\nAperte o botão para mostrar isso no seu navegador (leva um minuto) e tente de novo. Se a 2FA estiver desativada, a página mostra como ativar."
        }
        Key::EnrollInstructions => {
            "**Configure seu app autenticador** (só você vê esta mensagem)\n1. Se ainda não tiver, instale um app autenticador no celular: Google Authenticator, Microsoft Authenticator, Aegis, 2FAS ou um gerenciador de senhas que gere códigos.\n2. No app, toque em **+** e escaneie o QR code abaixo. Sem câmera? Escolha \"inserir chave de configuração\" e digite:\n`{key}`\n3. Agora o app mostra um código de 6 dígitos que muda a cada 30 segundos. Clique em **Digitar código** e digite esse código.\n\nEsta configuração expira em {expires}. Nunca compartilhe este QR code nem a chave: quem tiver acesso a eles consegue gerar os seus códigos."
        }
        Key::EnrollEnterCodeButton => "Digitar código",
        Key::PickGatePrompt => {
            "Para qual cargo você quer se verificar? Escolha um abaixo (só você vê isto)."
        }
        Key::PickGatePlaceholder => "Escolha um cargo",
        Key::ConfirmModalTitle => "Confirme seu app autenticador",
        Key::VerifyModalTitle => "Confirme que é você",
        Key::BackupCodesModalTitle => "Novos códigos de backup",
        Key::RemoveModalTitle => "Remover seu autenticador",
        Key::CodeInputLabel => "Código de 6 dígitos do seu app",
        Key::CodeOrBackupInputLabel => "Código do app ou código de backup",
        Key::BackupCodesFirstTime => {
            "✅ **Seu app autenticador está configurado.**\n\nAqui estão seus **códigos de backup**. Se você perder o celular, cada um funciona uma vez no lugar do código de 6 dígitos. Guarde todos agora (no arquivo abaixo, em um gerenciador de senhas ou no papel): eles não vão aparecer de novo."
        }
        Key::BackupCodesRenewed => {
            "🔑 **Seus novos códigos de backup.** Os códigos antigos acabaram de parar de funcionar. Guarde estes agora: eles não vão aparecer de novo."
        }
        Key::BackupCodesFileIntro => {
            "Códigos de backup do Keygate para o servidor do Discord \"{server}\"\nCada código funciona uma vez, no lugar do código de 6 dígitos do seu app autenticador.\nGuarde este arquivo em um lugar seguro e privado (um gerenciador de senhas ou impresso em papel)."
        }
        // Verification
        Key::VerifiedAuthenticator => "✅ Verificação feita com o seu app autenticador.",
        Key::VerifiedBackup => {
            "✅ Verificação feita com um código de backup. Esse código não vale mais; restam {remaining}."
        }
        Key::VerifiedBackupLow => {
            "✅ Verificação feita com um código de backup. ⚠️ Só restam {remaining} código(s) de backup: use `/2fa codigos-de-backup` para gerar um conjunto novo."
        }
        Key::RoleGranted => "Seu cargo foi adicionado. Boas-vindas!",
        Key::RolePending => "Seu cargo está a caminho; pode levar um minutinho para aparecer.",
        Key::RoleForbidden => {
            "Sua verificação deu certo, mas não consegui te dar o cargo {role}: o Discord recusou (estou sem a permissão Gerenciar cargos, ou meu cargo está abaixo desse cargo). Os moderadores já foram avisados; você recebe o cargo assim que eles resolverem."
        }
        Key::RoleOwnerNeeds2fa => {
            "Você está verificado, mas ainda não posso te dar o cargo {role}: este servidor exige autenticação de dois fatores (2FA) para moderação, e a pessoa dona do bot Keygate não ativou a 2FA na própria conta do Discord. Os moderadores foram avisados; você vai receber o cargo assim que isso for resolvido."
        }
        Key::RoleGone => {
            "Você está verificado, mas não foi possível adicionar o cargo: o Discord diz que você não está mais neste servidor, ou que o cargo foi apagado. Se você ainda está aqui, avise um moderador."
        }
        Key::RoleFailed => {
            "Você está verificado, mas o Discord recusou adicionar o cargo. Os moderadores foram avisados."
        }
        Key::RoleTimed => {
            "⏳ Você tem {role} até {when}. Quando terminar, toque em **Encerrar agora** para abrir mão antes."
        }
        Key::EndNowButton => "Encerrar agora",
        Key::RoleEnded => {
            "Pronto: {role} está sendo removido. Use `/verificar` quando precisar de novo."
        }
        Key::RoleEndNotHeld => {
            "Você não tem mais {role} pelo portão, então não há nada para encerrar."
        }
        Key::RoleNotEligible => {
            "Seu código estava certo, mas você não tem mais o cargo que o portão de {role} exige, então não o entreguei. Se for um engano, fale com um moderador."
        }
        Key::RoleDangerous => {
            "Seu código estava certo, mas não lhe dei {role}: agora ele tem permissões de moderação poderosas e este portão deixa qualquer um passar. Os moderadores foram avisados."
        }
        Key::RoleSuperseded => {
            "No fim, seu cargo não foi adicionado: uma mudança posterior o substituiu (um moderador o removeu, ou o tempo dele acabou). Use `/verificar` de novo se ainda precisar."
        }
        Key::Removed => {
            "Pronto: seu autenticador e seus códigos de backup deste servidor foram apagados, e o cargo de verificado está sendo removido. Use `/verificar` quando quiser para configurar de novo."
        }
        // Status
        Key::StatusBody => {
            "**Autenticador:** {enrollment}\n**Cargos pelo portão:** {verified}\n**Códigos de backup restantes:** {codes}\n**Bloqueio:** {lockout}\n**Última verificação:** {last}"
        }
        Key::StatusEnrollmentNone => "não configurado",
        Key::StatusEnrollmentPending => {
            "configuração iniciada, aguardando o primeiro código (expira em {when})"
        }
        Key::StatusEnrollmentExpired => "a configuração expirou antes de ser concluída",
        Key::StatusEnrollmentConfirmed => "configurado em {when}",
        Key::StatusYes => "sim",
        Key::StatusNo => "não",
        Key::StatusHeldUntil => "{role} até {when}",
        Key::StatusHeldReverify => "{role} (verifique de novo antes de {when})",
        Key::StatusLockoutNone => "nenhum",
        Key::StatusLockoutUntil => "bloqueado até {when}",
        Key::StatusLockoutModerator => "bloqueado até um moderador desbloquear",
        Key::StatusNever => "nunca",
        // The verification panel (posted in the server's language)
        Key::PanelBody => {
            "🔐 **Verificação**\nEste servidor pede que os membros provem que são eles mesmos com um código de um app autenticador antes de liberar o acesso. Clique em **Verificar** para começar (leva mais ou menos um minuto na primeira vez).\nNunca usou autenticação em dois fatores? Clique em **Guia de 2FA**."
        }
        Key::PanelVerifyButton => "Verificar",
        Key::PanelGuideButton => "Guia de 2FA",
        // Moderator replies
        Key::GateRoleProblem => "Ainda não consigo usar esse cargo. {problem}",
        Key::GateRoleEveryone => {
            "Esse é o cargo @everyone, que todo membro já tem. Crie um cargo como \"Verificado\" e escolha esse no lugar."
        }
        Key::GateRoleManaged => {
            "{role} é gerenciado por uma integração (um bot ou uma assinatura), então ninguém consegue dar esse cargo manualmente. Crie um cargo normal como \"Verificado\" e escolha esse no lugar."
        }
        Key::GateRoleNoManageRoles => {
            "Não tenho a permissão **Gerenciar cargos**, então não consegui dar o cargo. Dê a permissão Gerenciar cargos ao meu cargo em Configurações do servidor → Cargos e depois use `/gate configurar` de novo."
        }
        Key::GateRoleTooHigh => {
            "{role} está acima (ou no mesmo nível) do meu cargo mais alto, e o Discord só me deixa dar cargos abaixo do meu. Em Configurações do servidor → Cargos, arraste meu cargo para cima de {role} e depois use `/gate configurar` de novo."
        }
        Key::GateRoleInvokerNoManageRoles => {
            "Você precisa da permissão **Gerenciar cargos** para escolher o cargo que a verificação dá."
        }
        Key::GateRoleInvokerTooLow => {
            "{role} está acima (ou no mesmo nível) do seu cargo mais alto, então você não pode dá-lo, nem a verificação em seu nome. Peça a alguém com um cargo mais alto."
        }
        Key::GateSetupDone => {
            "✅ Portão salvo: {gate}.\n{settings}\nPróximo passo: publique o botão Verificar com `/gate painel`."
        }
        Key::GateSetupMembersIntent => {
            "⚠️ O guia ao entrar está ativado, mas este bot foi iniciado sem a intent Server Members, então ele não consegue ver quando alguém entra. Quem opera o bot pode ativar isso: veja o README (\"Guide on join\")."
        }
        Key::GateSetupOwnerNeeds2fa => {
            "⚠️ Este servidor exige 2FA para ações de moderação, e a conta dona da aplicação Keygate não ativou a 2FA, então o Discord vai recusar todo cargo que o Keygate der ou tirar. O dono da aplicação Keygate precisa ativar a 2FA (Discord: Configurações de usuário → Minha conta); nada mais resolve."
        }
        Key::GateSetupLogChannelRefused => {
            "⚠️ Não consegui postar no canal de registro {channel}: o Discord recusou. Dê ao meu cargo **Ver canal** e **Enviar mensagens** lá e use `/gate configurar` de novo; até lá, só vou tentar a cada 15 minutos, e os registros nesse meio-tempo se perdem."
        }
        Key::ReplyServerPaused => {
            "⏸️ O Discord recusou pedidos demais meus neste servidor nos últimos minutos (um canal onde não posso postar, ou cargos que não posso dar), então estou me segurando aqui por enquanto. Corrija isso e tente de novo em uns 10 minutos."
        }
        Key::GateSetupEligibleWithoutIntent => {
            "ℹ️ Este bot roda sem a intent Server Members, então não vê mudanças de cargo: quem perde o cargo exigido perde o cargo deste portão no próximo `/verificar`, na expiração ou reverificação do cargo, ou antes de uma nova concessão, não na hora. O operador do bot pode ativar a intent (veja o README)."
        }
        Key::GateLastsAndReverify => {
            "Um portão não pode ter `lasts` e `reverify_every` ao mesmo tempo: um cargo temporário é removido de qualquer forma quando o tempo acaba. Fique com um dos dois (coloque o outro em `off`) e tente de novo."
        }
        Key::GateModeratorCodeEnrollFirst => {
            "Antes de ativar `moderator_code`, configure aqui o seu próprio app autenticador com `/verificar`: a partir daí, os comandos de moderação pedem o código dele e, sem ele, você se trancaria do lado de fora."
        }
        Key::GateTooManyGates => {
            "Este servidor já tem {max} portões, o máximo que o Keygate permite. Encerre um com `/gate encerrar` primeiro e tente de novo."
        }
        Key::GateDropped => {
            "Pronto: o Keygate não protege mais {role}. Quem tem o cargo continua com ele (um temporário ainda é removido na hora certa)."
        }
        Key::GateNotAGate => {
            "{role} não é um portão aqui. `/gate configuracoes` lista os portões deste servidor."
        }
        Key::GateDangerous => {
            "⚠️ {role} tem permissões poderosas: {permissions}. Sem `eligible`, todo membro que configurar um app autenticador as receberia. Adicione `eligible:` com o cargo que pode passar (por exemplo `eligible:@Moderator`), ou tire essas permissões de {role} (nas configurações dele e nas permissões dos canais) e tente de novo."
        }
        Key::PermAdministrator => "Administrador",
        Key::PermManageServer => "Gerenciar servidor",
        Key::PermManageRoles => "Gerenciar cargos",
        Key::PermManageChannels => "Gerenciar canais",
        Key::PermManageWebhooks => "Gerenciar webhooks",
        Key::PermBanMembers => "Banir membros",
        Key::PermKickMembers => "Expulsar membros",
        Key::PermTimeoutMembers => "Castigar membros",
        Key::PermManageMessages => "Gerenciar mensagens",
        Key::PermMentionEveryone => "Mencionar @everyone, @here e todos os cargos",
        Key::GateDurationUnreadable => {
            "Não consigo ler `{value}` como um tempo para `{option}`. Escreva como `90m`, `1h`, `12h` ou `7d` (de {min} a {max}), ou `off` para limpar."
        }
        Key::GateDurationOutOfRange => {
            "`{option}` precisa ficar entre {min} e {max}; `{value}` está fora disso. Escolha um tempo nesse intervalo, ou `off` para limpar."
        }
        Key::GateEligibleEveryone => {
            "`eligible` não pode ser @everyone: todo membro tem esse cargo, então ele não limitaria quem passa pelo portão de {role}. Escolha o cargo que os membros já precisam ter (por exemplo @Moderator), ou deixe `eligible` de fora."
        }
        Key::GateEligibleSelf => {
            "`eligible` não pode ser o próprio {role}: só quem já tem poderia passar, então ninguém novo passaria. Escolha outro cargo (por exemplo @Moderator para um portão em @Moderator (ativo))."
        }
        Key::GateEligibleOpenGate => {
            "`eligible` não pode ser {eligible}: qualquer membro pode obtê-lo pelo próprio portão dele, então ele não limitaria quem passa pelo portão de {role}. Escolha um cargo que os moderadores dão à mão (por exemplo @Moderator)."
        }
        Key::StepUpModalTitle => "Verificação: seu código",
        Key::StepUpEnrollFirst => {
            "Este servidor pede aos moderadores um código do app autenticador antes deste comando, e você ainda não configurou um aqui. Use `/verificar` para configurar e tente de novo."
        }
        Key::StepUpExpired => {
            "Essa verificação expirou (ela dura 5 minutos) ou já foi usada. Execute o comando de novo."
        }
        Key::StepUpNotDone => {
            "O comando não foi executado. Execute de novo quando tiver um código novo."
        }
        Key::GateNone => "nenhum",
        Key::GateOn => "ativado",
        Key::GateOff => "desativado",
        Key::GateRuleEveryone => "qualquer membro pode passar",
        Key::GateRuleEligible => "só membros com {role}",
        Key::GateRulePermanent => "permanente",
        Key::GateRuleLasts => "removido {period} depois de cada passagem",
        Key::GateRuleReverify => "removido se não passar de novo a cada {period}",
        Key::GateDiscord2faNeedsWeb => {
            "`discord_2fa` precisa da verificação da 2FA do Discord no navegador, que não está ativada neste bot, então nenhum membro conseguiria passar por esse portão. Nada foi alterado. Quem opera o bot pode ativá-la: veja o README (\"Confirming Discord's own 2FA in the browser\")."
        }
        Key::GateRuleDiscord2fa => "2FA do Discord confirmada nos últimos 30 dias",
        Key::GateSettings => {
            "Canal de registro: {log}. Guia ao entrar: {guide}. Código de moderadores: {code}."
        }
        Key::GateSettingsDiscord2faRole => {
            "Membros cuja 2FA do Discord o `/2fa verificar` encontrou ativada recebem {role}; uma verificação posterior que a encontre desativada o remove."
        }
        Key::GateDiscord2faRoleIsAGate => {
            "{role} é um dos portões deste servidor, então o Keygate o dá depois de um código. Escolha outro cargo para membros com 2FA do Discord, ou encerre esse portão antes com `/gate encerrar`."
        }
        Key::GateRoleIsDiscord2faRole => {
            "{role} é o cargo que o Keygate dá sem código aos membros com 2FA do Discord (`discord_2fa_role`), então não pode ser também um portão. Pare isso antes com `/gate encerrar role:{role}`, ou escolha outro cargo para o portão."
        }
        Key::GatePanelPosted => "✅ Publiquei o painel de verificação em {channel}.",
        Key::GatePanelForbidden => {
            "Não consigo enviar mensagens em {channel}. Dê ao meu cargo as permissões **Ver canal** e **Enviar mensagens** lá e tente de novo."
        }
        Key::GateChannelNotHere => {
            "{channel} não está neste servidor. Escolha um canal deste servidor e tente de novo."
        }
        Key::GateTargetThemselves => {
            "Você não pode fazer isso em si mesmo: outro moderador precisa fazer. Assim, quem roubar a sessão de um moderador não consegue redefinir nem desbloquear o segundo fator desse moderador."
        }
        Key::GateTargetNotBelow => {
            "{user} tem um cargo igual ou acima do seu cargo mais alto, então você não pode fazer isso. Peça a alguém com um cargo mais alto."
        }
        Key::GateUnlocked => "🔓 {user} pode tentar códigos de novo.",
        Key::GateRevoked => {
            "Removi {role} de {user}. A pessoa pode se verificar de novo com `/verificar`."
        }
        Key::GateResetDone => {
            "Resetei {user}: o autenticador e os códigos de backup dessa pessoa foram apagados e o cargo está sendo removido. {note}"
        }
        Key::GateResetTold => "A pessoa foi avisada por DM.",
        Key::GateResetNotTold => {
            "Não consegui mandar DM (as DMs dessa pessoa estão fechadas), então avise a pessoa, por favor."
        }
        Key::GateResetDm => {
            "Um moderador do servidor **{server}** resetou sua configuração de dois fatores lá (motivo: `{reason}`). A entrada antiga no seu app autenticador e seus códigos de backup não funcionam mais. Use `/verificar` no servidor para configurar de novo."
        }
        Key::GateStats => {
            "**Membros cadastrados:** {enrolled}\n**Configurações em andamento:** {pending}\n**Verificados agora:** {verified}\n**Bloqueados agora:** {locked}\n**Mudanças de cargo pendentes:** {waiting}"
        }
        Key::GateAuditEmpty => "O registro de auditoria está vazio.",
        Key::GateConfig => "**Portões** ({count} de {max}):\n{gates}\n{settings}",
        Key::GateConfigNoGates => "nenhum ainda (adicione um com `/gate configurar`)",
        // The walkthrough of Discord's own two-factor authentication
        Key::GuideSentDm => "📬 Enviei o guia para você por mensagem direta.",
        Key::GuideDmClosed => {
            "Não consegui te mandar uma mensagem direta porque suas DMs estão fechadas para este servidor, então o guia vai aqui mesmo. Para liberar as DMs: abra o menu do servidor (o nome dele lá em cima), depois **Configurações de privacidade** (em algumas versões: clique com o botão direito no ícone do servidor → Configurações de privacidade) e ative **Mensagens diretas**."
        }
        Key::GuidePageOf => "Página {page} de {total}",
        Key::GuideBackButton => "Voltar",
        Key::GuideNextButton => "Próximo",
        Key::GuideDoneButton => "Concluir",
        Key::GuideFinished => {
            "👍 Esse é o guia completo. Use `/2fa guia` quando quiser para ler de novo."
        }
        Key::Guide1Title => "Por que a autenticação em dois fatores é importante",
        Key::Guide1Body => {
            "Só a senha não basta. Senhas roubadas são testadas no Discord o tempo todo, e **malwares que roubam tokens** (muitas vezes escondidos em \"Nitro grátis\", cheats de jogos ou programas falsos) copiam a sua sessão já logada no Discord, então o ladrão nem precisa da sua senha.\n\nA autenticação em dois fatores (2FA) adiciona uma segunda etapa: um código de 6 dígitos de um app no seu celular, que muda a cada 30 segundos. Mesmo com a sua senha, ninguém consegue entrar sem o seu celular.\n\nAs próximas páginas mostram como ativar, como guardar seus códigos de backup com segurança e o que fazer se você perder o celular."
        }
        Key::Guide2Title => "Ative um app autenticador (computador ou navegador)",
        Key::Guide2Body => {
            "1. Instale um app autenticador no celular: Google Authenticator, Microsoft Authenticator, Aegis, 2FAS ou um gerenciador de senhas que mostre códigos.\n2. No Discord, abra **Configurações de usuário** (a engrenagem ao lado do seu nome) → **Minha conta**.\n3. Clique em **Enable Authenticator App**. Antes, seu e-mail precisa estar verificado.\n4. Digite sua senha do Discord e escaneie o QR code com o app (ou digite a chave que aparece embaixo dele).\n5. Digite o código de 6 dígitos que o app mostra. Pronto: o 2FA está ativado."
        }
        Key::Guide3Title => "Ative um app autenticador (celular)",
        Key::Guide3Body => {
            "1. Instale um app autenticador (veja a página anterior).\n2. No app do Discord, toque na sua foto de perfil e depois na engrenagem (**Configurações**) → **Conta**.\n3. Toque em **Enable Authenticator App** e digite sua senha.\n4. No mesmo celular não dá para escanear a própria tela: copie a **chave** que o Discord mostra e cole no app autenticador (\"inserir chave de configuração\").\n5. Volte ao Discord e digite o código de 6 dígitos que o app mostra."
        }
        Key::Guide4Title => "SMS como reserva",
        Key::Guide4Body => {
            "Com o app autenticador ativado, você pode adicionar seu número de celular como reserva: **Configurações de usuário → Minha conta → Enable SMS**. Assim o Discord pode te mandar um código por SMS quando você estiver sem o app por perto.\n\nO SMS é menos seguro que um app (números de celular podem ser roubados com a clonagem do chip, o \"SIM swap\"), então use o app como método principal e deixe o SMS só como reserva."
        }
        Key::Guide5Title => "Chaves de segurança e passkeys",
        Key::Guide5Body => {
            "Uma **chave de segurança** (uma pequena chave USB ou NFC, como uma YubiKey) ou uma **passkey** (guardada no celular ou no computador e desbloqueada com sua digital, rosto ou PIN) também pode ser a sua segunda etapa, e elas são à prova de phishing.\n\nAdicione uma em **Configurações de usuário → Minha conta → Security Keys**. Mantenha também o seu app autenticador e os seus códigos de backup, caso a chave se perca."
        }
        Key::Guide6Title => "Guarde os códigos de backup do Discord",
        Key::Guide6Body => {
            "Os códigos de backup deixam você entrar na conta se perder o celular. Cada um tem 8 caracteres, no formato `XXXX-XXXX`.\n\n1. Abra **Configurações de usuário → Minha conta → View Backup Codes**.\n2. Digite sua senha e depois a chave de verificação que o Discord manda por e-mail.\n3. Guarde os códigos: imprima ou salve em um gerenciador de senhas.\n\n⚠️ Se você baixar os códigos, o arquivo se chama `discord_backup_codes.txt`. Malwares que roubam tokens procuram exatamente esse nome de arquivo, então **tire o arquivo da pasta Downloads** (ou imprima e apague).\n\n**Generate new codes** cria um conjunto novo; os antigos param de funcionar na hora."
        }
        Key::Guide7Title => "Entrando com um código de backup",
        Key::Guide7Body => {
            "Perdeu o celular? Entre normalmente com seu e-mail e senha. Quando o Discord pedir o código de 6 dígitos, escolha **Verify with something else**, depois **Use a backup code**, e digite um dos códigos que você guardou.\n\nDepois de entrar, configure o 2FA no celular novo e gere novos códigos de backup."
        }
        Key::Guide8Title => "Dúvidas",
        Key::Guide8Body => {
            "**Posso usar um código de backup mais de uma vez?** Não. Cada código funciona só uma vez; risque depois de usar.\n\n**Quantos eu tenho?** Abra **View Backup Codes** para ver seus códigos e quais já foram usados. Quando estiverem acabando, clique em **Generate new codes**.\n\n**Usei todos.** Se você ainda tiver uma sessão aberta em algum lugar, abra **View Backup Codes** e gere um conjunto novo na hora.\n\n**Perdi o celular e os códigos.** Nesse caso, o Suporte do Discord não consegue remover o 2FA para você, e a conta não pode ser recuperada. Por isso é tão importante guardar seus códigos de backup em um lugar seguro."
        }
        Key::Guide9Title => "A verificação própria deste servidor",
        Key::Guide9Body => {
            "O 2FA do Discord protege o seu **login**. Mas se um malware roubar a sua sessão já logada, o ladrão já passou do login.\n\nPor isso este servidor tem a sua própria verificação: o `/verificar` pede um código de um app autenticador no seu celular antes de liberar o acesso. Quem está com uma sessão roubada continua sem conseguir gerar esse código.\n\nÉ uma **entrada separada** no seu app autenticador, configurada com o QR code deste servidor e com códigos de backup próprios. Ela não substitui o 2FA do Discord: use os dois."
        }
        // On join (sent in the server's language)
        Key::JoinDm => {
            "👋 Boas-vindas ao servidor **{server}**! Manter sua conta do Discord segura também mantém esta comunidade segura. Aqui vai um guia rápido para ativar a autenticação em dois fatores."
        }
        Key::ReverifyReminderDm => {
            "🔁 Oi! Em {server}, está na hora de uma nova verificação com o seu app autenticador para {role}. Use `/verificar` nesse servidor antes de {when}; senão o Keygate o remove (você pode recuperá-lo quando quiser se verificando). Esta mensagem não tem link de propósito: nunca digite um código em outro lugar."
        }
        // Slash commands: names (where a language has its own) and descriptions
        // The browser check of Discord's own 2FA
        Key::Check2faLink => {
            "Aperte o botão para entrar com o Discord no seu navegador. O Discord então diz ao Keygate uma única coisa: se a sua conta tem a autenticação de dois fatores (2FA) ativada. O Keygate não guarda nenhum login e não lê mais nada.\n\nO link funciona uma vez, por 10 minutos, e só para você: não o compartilhe."
        }
        Key::Check2faButton => "Verificar minha 2FA do Discord",
        Key::Check2faUnavailable => {
            "A verificação da 2FA do Discord no navegador não está ativada neste bot. Você ainda pode ativar a 2FA com os passos de `/2fa guia`."
        }
        Key::WebOnTitle => "A 2FA do Discord está ativada",
        Key::WebOnBody => {
            "A sua conta do Discord tem a autenticação de dois fatores ativada. O Keygate anotou isso e está tudo certo.\n\nVocê pode fechar esta página e voltar para o Discord."
        }
        Key::WebCheckedAccount => "Verificado para a conta do Discord **{name}**.",
        Key::WebRoleComing => {
            "O servidor dá um cargo próprio aos membros com 2FA do Discord: você vai recebê-lo em instantes."
        }
        Key::WebOffTitle => "A 2FA do Discord está desativada",
        Key::WebOffBody => {
            "A sua conta do Discord ainda não tem a autenticação de dois fatores (2FA) ativada. Quem conseguir a sua senha ou a sua sessão conectada poderia tomar a sua conta.\n\nVeja como ativar. Quando terminar, aperte **Verificar de novo**."
        }
        Key::WebCheckAgainButton => "Verificar de novo",
        Key::WebCancelledTitle => "Nada foi verificado",
        Key::WebCancelledBody => {
            "Você cancelou na página do Discord, então o Keygate não verificou nem anotou nada.\n\nQuando quiser tentar de novo, aperte o botão abaixo (ele funciona por 10 minutos depois que você o pediu)."
        }
        Key::WebInvalidTitle => "Este link não funciona",
        Key::WebInvalidBody => {
            "Este link de verificação não foi feito pelo Keygate, ou uma parte se perdeu ao copiar. Nada foi verificado.\n\nNo Discord, use `/2fa verificar` para receber um link novo."
        }
        Key::WebExpiredTitle => "Este link expirou",
        Key::WebExpiredBody => {
            "Os links de verificação funcionam por 10 minutos, para que ninguém mais possa usá-los. Nada foi verificado.\n\nNo Discord, use `/2fa verificar` para receber um link novo."
        }
        Key::WebSpentTitle => "Este link já foi usado",
        Key::WebSpentBody => {
            "Cada link de verificação funciona uma vez. A verificação que ele iniciou já foi feita.\n\nNo Discord, use `/2fa verificar` para receber um link novo se quiser verificar de novo."
        }
        Key::WebOtherAccountTitle => "Era outra conta do Discord",
        Key::WebOtherAccountBody => {
            "Este link foi criado para outra conta do Discord, não a que entrou, então nada foi anotado.\n\nEntre no Discord neste navegador com a conta que você usa no servidor e use `/2fa verificar` lá de novo."
        }
        Key::WebDiscordFailedTitle => "O Discord não confirmou o login",
        Key::WebDiscordFailedBody => {
            "O Discord não respondeu ao Keygate como esperado, então nada foi anotado. Isso costuma passar rápido.\n\nEspere um minuto e depois use `/2fa verificar` no Discord para receber um link novo."
        }
        Key::WebDatabaseDownTitle => "O Keygate não conseguiu salvar o resultado",
        Key::WebDatabaseDownBody => {
            "O Keygate não consegue acessar o banco de dados agora, então nada foi anotado.\n\nEspere um minuto e depois use `/2fa verificar` no Discord para receber um link novo."
        }
        Key::WebUnavailableTitle => "A verificação da 2FA do Discord está desligada",
        Key::WebUnavailableBody => {
            "Este Keygate não está configurado para verificar a 2FA do Discord no navegador."
        }
        Key::WebNotFoundTitle => "Página não encontrada",
        Key::WebNotFoundBody => "Não há nada aqui. Os links do Keygate vêm do bot no Discord.",
        Key::WebBusyTitle => "Gente demais ao mesmo tempo",
        Key::WebBusyBody => {
            "Muitos membros estão verificando ao mesmo tempo, então o Keygate ainda não conseguiu atender a sua. Nada foi verificado.\n\nEspere alguns segundos e recarregue esta página."
        }
        Key::CommandVerifyName => "verificar",
        Key::CommandVerifyDescription => "Verifique com seu app autenticador ou configure um",
        Key::Command2faDescription => {
            "Autenticação em dois fatores: seu status, códigos de backup e a 2FA do Discord"
        }
        Key::Command2faGuideName => "guia",
        Key::Command2faGuideDescription => "Como ativar a autenticação em dois fatores do Discord",
        Key::Command2faStatusName => "status",
        Key::Command2faStatusDescription => {
            "Sua configuração, verificação, códigos restantes e bloqueio aqui"
        }
        Key::Command2faBackupCodesName => "codigos-de-backup",
        Key::Command2faBackupCodesDescription => {
            "Criar novos códigos de backup (precisa de um código do seu app)"
        }
        Key::Command2faRemoveName => "remover",
        Key::Command2faRemoveDescription => {
            "Apagar seu autenticador e códigos de backup aqui (precisa de um código)"
        }
        Key::Command2faCheckName => "verificar",
        Key::Command2faCheckDescription => {
            "Confirme no navegador que a sua conta do Discord tem a 2FA ativada"
        }
        Key::CommandGateDescription => "Moderação: configurar e gerenciar a verificação",
        Key::CommandGateSetupDescription => {
            "Adicionar ou mudar um portão (cargo dado após um código) e as configurações"
        }
        Key::CommandGateDropDescription => "Parar de proteger um cargo (quem tem continua com ele)",
        Key::CommandGatePanelDescription => {
            "Publicar o painel de verificação (Verificar e guia 2FA)"
        }
        Key::CommandGateStatusDescription => {
            "Configuração, verificação, códigos e bloqueio de um membro"
        }
        Key::CommandGateUnlockDescription => "Remover o bloqueio de um membro",
        Key::CommandGateRevokeDescription => {
            "Remover o cargo verificado de um membro (ele pode verificar de novo)"
        }
        Key::CommandGateResetDescription => {
            "Redefinir quem perdeu o celular: apaga o autenticador e os códigos"
        }
        Key::CommandGateStatsDescription => "Números: inscritos, verificados, bloqueados",
        Key::CommandGateAuditDescription => {
            "As últimas entradas do registro de auditoria, de todos ou de um membro"
        }
        Key::CommandGateConfigDescription => "Mostrar as configurações da verificação aqui",
        // Members' whole life at the gate: one-time codes, two-person approval, the unverified, stats
        Key::VerifiedBypass => {
            "✅ Código aceito: você passou pelo portão com o código de uso único que um moderador te deu. Esse código já foi usado, e a sua configuração antiga de autenticador foi apagada. Use `/verificar` logo para configurar o app autenticador no seu celular novo: você vai precisar dele da próxima vez."
        }
        Key::ReplyBypassExpired => {
            "Esse código de uso único expirou (ele vale por 24 horas). Peça um novo a um moderador."
        }
        Key::GateBypassIssued => {
            "🔑 Código de uso único para {user}:\n`{code}`\n\nEle funciona uma vez, até {when}, no lugar de um código do app: a pessoa usa `/verificar` e digita o código no campo. Entregue o código por um meio de confiança, nunca em um canal público. Depois, a pessoa configura o app autenticador de novo. Esta é a única vez que o código aparece."
        }
        Key::GateBypassNotEnrolled => {
            "{user} não tem nenhum app autenticador configurado aqui, então não precisa de um código de uso único: a pessoa pode usar `/verificar` e configurar o celular novo agora mesmo."
        }
        Key::GateTwoPersonOwnerOnly => {
            "Só o dono do servidor pode desativar a aprovação por duas pessoas ou mudar o canal de registro enquanto ela está ativa, para que a conta de um só moderador não consiga desfazê-la. Nada foi alterado."
        }
        Key::GateAuditActor => " por {user}",
        Key::GateAuditSubject => " para {user}",
        Key::GateTwoPersonNeedsLog => {
            "A aprovação por duas pessoas publica cada pedido no canal de registro, e este servidor ainda não tem um. Adicione `log_channel:` ao mesmo `/gate configurar` e tente de novo. Nada foi alterado."
        }
        Key::GateApprovalRequested => {
            "⏳ Seu pedido está esperando um segundo moderador: ele está em {channel} com os botões *Aprovar* e *Recusar*, e expira em {when}. Você mesmo não pode aprová-lo."
        }
        Key::GateApprovalNotPosted => {
            "Não consegui publicar o pedido no canal de registro {channel}, então nada foi pedido nem alterado. Dê ao meu cargo **Ver canal** e **Enviar mensagens** lá e tente de novo."
        }
        Key::ApproveButton => "Aprovar",
        Key::DenyButton => "Recusar",
        Key::ApprovalOwnRequest => {
            "Foi você que fez este pedido, então outro moderador precisa decidir. É para isso que serve a aprovação por duas pessoas: uma única conta de moderador roubada não consegue fazer isso sozinha."
        }
        Key::ApprovalExpired => {
            "Este pedido expirou (os pedidos valem por 24 horas). Se ainda for necessário, use o comando de novo."
        }
        Key::ApprovalAlreadyDecided => "Este pedido já foi decidido.",
        Key::ApprovalDenied => "🚫 Recusado: nada foi alterado para {user}.",
        Key::ApprovalNoteApproved => "✅ Aprovado por {moderator}.",
        Key::ApprovalNoteDenied => "🚫 Recusado por {moderator}.",
        Key::ApprovalNoteExpired => "⌛ Expirou sem uma decisão.",
        Key::GateKickNeedsYourPermission => {
            "Para que eu remova membros que não se verificam, você mesmo precisa da permissão **Expulsar membros**. Peça ao dono do servidor ou a um administrador. Nada foi alterado."
        }
        Key::GateKickNeedsPermission => {
            "Para remover membros que não se verificam, preciso da permissão **Expulsar membros**. Dê essa permissão ao meu cargo em Configurações do servidor → Cargos e depois use `/gate configurar` de novo. Nada foi alterado."
        }
        Key::GateKickBeforeRemind => {
            "`kick_after` ({kick}) precisa ser maior que `remind_after` ({remind}), para que os membros recebam o lembrete antes. Nada foi alterado."
        }
        Key::GateUnverifiedNeedsIntent => {
            "Lembrar ou remover membros que não se verificaram exige a intent **Server Members** do Discord, que este bot não tem, então o Keygate nunca fica sabendo quem entra. Nada foi alterado. Quem opera o bot pode ativá-la no Developer Portal (Bot → Privileged Gateway Intents) e reiniciar o Keygate."
        }
        Key::GateSettingsUnverified => {
            "Membros novos que ainda não passaram pelo primeiro portão: lembrete por DM depois de {remind}, remoção depois de {kick}."
        }
        Key::GateSettingsTwoPerson => {
            "Requisito de aprovação por duas pessoas para `/gate redefinir` e `/gate codigo-de-uso-unico`: {on}."
        }
        Key::JoinReminderDm => {
            "👋 Oi! Você entrou no servidor {server} em {joined} e ainda não se verificou lá. Para ter acesso, use `/verificar` no servidor e siga os passos; leva mais ou menos um minuto.{kick}"
        }
        Key::JoinReminderKickNote => {
            " Se não fizer isso, você será removido do servidor em {when}. Você pode entrar de novo depois."
        }
        Key::KickAuditReason => {
            "Keygate: não passou pelo portão de verificação em até {after} depois de entrar"
        }
        Key::StatsWaiting => "**Entraram e ainda não se verificaram:** {waiting}",
        Key::StatsChartHeading => {
            "**Últimos 30 dias** (por dia: ✅ verificações, ❌ falhas, 🔒 bloqueios, ⚠️ reutilizações). Só aparecem os dias com atividade; o gráfico mostra todos os 30."
        }
        Key::StatsChartNone => {
            "**Últimos 30 dias:** nenhuma verificação, falha, bloqueio ou reutilização."
        }
        Key::StatsChartTitle => "Keygate, últimos 30 dias",
        Key::StatsChartVerifications => "Verificações",
        Key::StatsChartFailures => "Falhas",
        Key::StatsChartLockouts => "Bloqueios",
        Key::StatsChartReplays => "Reutilizações",
        // Log channel lines (in the server's language). Mentions render as names: the post pings nobody
        Key::LogEnrollmentStarted => "🆕 {user} começou a configurar um app autenticador.",
        Key::LogEnrolled => {
            "✅ {user} configurou um app autenticador e passou pelo portão de {role}{until}."
        }
        Key::LogModeratorEnrolled => {
            "🚨 {user}, que pode usar `/gate`, configurou um novo app autenticador e passou pelo portão de {role}{until}. Enquanto o código de moderadores estiver ativado, os códigos deste app agora passam nas verificações de moderador. Se não foi essa pessoa, a conta dela pode ter sido roubada: outro moderador deve usar `/gate redefinir` nela."
        }
        Key::LogVerifiedAuthenticator => {
            "✅ {user} passou pelo portão de {role}{until} com o próprio app autenticador."
        }
        Key::LogVerifiedBackup => {
            "✅ {user} passou pelo portão de {role}{until} com um código de backup (restam {remaining})."
        }
        Key::LogVerifiedBypass => {
            "✅ {user} passou pelo portão de {role}{until} com um código de uso único de um moderador. A configuração antiga de autenticador foi apagada; da próxima vez, a pessoa configura uma nova."
        }
        Key::LogUntil => " até {when}",
        Key::LogNewBackupCodes => "🔑 {user} gerou um novo conjunto de códigos de backup.",
        Key::LogRemovedThemselves => "🗑️ {user} removeu o próprio autenticador do portão.",
        Key::LogReplayed => {
            "⚠️ {user} enviou um código que já tinha sido usado (possível reutilização). O código foi recusado.{lock}"
        }
        Key::LogTooManyWrong => "🔒 {user} digitou códigos errados demais.{lock}",
        Key::LogNotACode => "❌ {user} digitou algo que não é um código.",
        Key::LogWrongCode => "❌ {user} digitou um código errado.",
        Key::LogLockedUntil => " Bloqueio até {when}.",
        Key::LogLockedUntilUnlocked => " Bloqueio até um moderador usar `/gate desbloquear`.",
        Key::LogConfiguredGate => "⚙️ {moderator} configurou o portão de {role} ({rules}).",
        Key::LogConfiguredSettings => "⚙️ {moderator} alterou as configurações.",
        Key::LogConfiguredDetails => " Canal de registro: {log}; código de moderadores: {code}.",
        Key::LogGateDropped => {
            "⚙️ {moderator} encerrou o portão de {role}. Quem tem o cargo continua com ele (os temporários, até o tempo acabar)."
        }
        Key::LogPanelPosted => "⚙️ {moderator} publicou o painel de verificação em {channel}.",
        Key::LogUnlocked => "🔓 {moderator} desbloqueou {user}.",
        Key::LogRevoked => "⛔ {moderator} removeu {role} de {user}.",
        Key::LogEndedExpired => "⌛ O tempo de {user} com {role} acabou; o cargo foi removido.",
        Key::LogEndedEarly => "⌛ {user} encerrou antes da hora o tempo com {role}.",
        Key::LogEligibilityLost => {
            "🚪 {user} não tem mais {needs}, então {role} (que exige esse cargo) está sendo removido."
        }
        Key::LogReverification => {
            "🔁 Reverificação: lembretes enviados por DM: {reminded}; com DMs fechadas: {closed}; saíram do servidor: {left}; cargos removidos de quem não se verificou de novo a tempo: {removed}."
        }
        Key::LogReset => {
            "♻️ {moderator} redefiniu a configuração de dois fatores de {user}. Motivo: `{reason}`"
        }
        Key::LogApprovedBy => " Aprovado por {approver}.",
        Key::LogBypassIssued => {
            "🔑 {moderator} deu a {user} um código de uso único por perda do celular (válido até {when})."
        }
        Key::LogApprovalReset => {
            "🧑‍⚖️ {moderator} pede para redefinir a configuração de dois fatores de {user} (motivo: `{reason}`). Outro moderador precisa aprovar; o pedido expira em {when}."
        }
        Key::LogApprovalBypass => {
            "🧑‍⚖️ {moderator} pede um código de uso único para {user}, que perdeu o celular. Outro moderador precisa aprovar; o pedido expira em {when}."
        }
        Key::LogApprovalDenied => {
            "🚫 {approver} recusou o pedido de {moderator} para {user}. Nada foi alterado."
        }
        Key::LogRoleNotEligible => {
            "🚪 Não dei {role} a {user}: a pessoa não tem mais {needs}, que o portão exige."
        }
        Key::LogRoleDangerous => {
            "⚠️ Não dei {role} a {user}: o cargo agora tem permissões poderosas ({permissions}) e o portão dele deixa qualquer membro passar. Adicione `eligible:` com `/gate configurar`, ou tire essas permissões do cargo."
        }
        Key::LogRoleGrantFailed => "⚠️ Não consegui dar {role} a {user}: {why}",
        Key::LogRoleRemoveFailed => "⚠️ Não consegui remover {role} de {user}: {why}",
        Key::LogDiscordGone => {
            "O Discord respondeu 404 (o membro saiu do servidor, ou o cargo foi apagado)."
        }
        Key::LogDiscordFailed => "O Discord respondeu {status}.",
        Key::LogOwnerNeeds2faGrant => {
            "O Discord respondeu 403 (código 60003): este servidor exige 2FA para ações de moderação, e a conta dona da aplicação Keygate não ativou a 2FA. Para resolver: **o dono da aplicação Keygate precisa ativar a 2FA** (Discord: Configurações de usuário → Minha conta). O membro recebe o cargo assim que ela estiver ativada."
        }
        Key::LogOwnerNeeds2faRemove => {
            "O Discord respondeu 403 (código 60003): este servidor exige 2FA para ações de moderação, e a conta dona da aplicação Keygate não ativou a 2FA. Para resolver: **o dono da aplicação Keygate precisa ativar a 2FA** (Discord: Configurações de usuário → Minha conta). Até lá, o membro continua com o cargo; ele é removido assim que a 2FA estiver ativada."
        }
        Key::LogForbidden => {
            "O Discord respondeu 403 (proibido). Para resolver: dê ao meu cargo a permissão **Gerenciar cargos** e arraste meu cargo para **cima** de {role} em Configurações do servidor → Cargos. Depois, o membro pode usar `/verificar` de novo."
        }
        Key::LogGuideOnJoin => {
            "📬 Guia ao entrar: guia de 2FA enviado a {sent} membro(s) novo(s). Não enviado: DMs fechadas: {closed}; já recebido nos últimos 30 dias: {recent}; bots: {bots}; acima do limite de {per_window} a cada {window} s: {capped}."
        }
        Key::LogUnverified => {
            "⏳ Membros novos que não se verificaram: lembrete por DM: {reminded} (com DMs fechadas: {closed}); removidos: {kicked}; isentos: {exempt} (bots, o dono, membros com um cargo dado depois de entrar ou acima do meu cargo); ainda aguardando: {waiting}. No máximo {per_pass} são removidos por minuto; os outros esperam a vez."
        }
        Key::LogKickRefused => {
            "⚠️ Não consegui remover um membro que não se verificou: o Discord recusou (403). Dê ao meu cargo a permissão **Expulsar membros** e arraste-o para cima dos cargos dos membros, ou desative a remoção com `/gate configurar kick_after:off`."
        }
        Key::LogTwoPersonOn => " Requisito de aprovação por duas pessoas: {on}.",
        Key::LogUnverifiedSettings => {
            " Membros não verificados: lembrete depois de {remind}, remoção depois de {kick}."
        }
        // Slash commands: the moderator commands' names, and every option's description
        Key::CommandGateSetupName => "configurar",
        Key::CommandGateDropName => "encerrar",
        Key::CommandGatePanelName => "painel",
        Key::CommandGateStatusName => "status",
        Key::CommandGateUnlockName => "desbloquear",
        Key::CommandGateRevokeName => "revogar",
        Key::CommandGateResetName => "redefinir",
        Key::CommandGateBypassName => "codigo-de-uso-unico",
        Key::CommandGateStatsName => "estatisticas",
        Key::CommandGateAuditName => "auditoria",
        Key::CommandGateConfigName => "configuracoes",
        Key::CommandGateBypassDescription => {
            "Um código de uso único para um membro que perdeu o celular (funciona uma vez em 24 h)"
        }
        Key::OptionVerifyRole => {
            "O cargo para o qual se verificar (padrão: você escolhe entre os cargos que pode obter)"
        }
        Key::OptionSetupRole => "O cargo que o Keygate dá depois de um código válido",
        Key::OptionSetupEligible => {
            "Só membros que já têm este cargo podem passar (por exemplo @Moderator)"
        }
        Key::OptionSetupLasts => {
            "Remover o cargo este tempo após cada passagem, como 1h ou 7d (1m a 30d; off desativa)"
        }
        Key::OptionSetupReverifyEvery => {
            "Remover o cargo se não passar de novo com esta frequência, como 30d (1d a 365d; off desativa)"
        }
        Key::OptionSetupDiscord2fa => {
            "Só passam membros que confirmaram a própria 2FA do Discord (/2fa verificar, nos últimos 30 dias)"
        }
        Key::OptionSetupDiscord2faRole => {
            "Cargo que o Keygate dá a quem o /2fa verificar achou com a 2FA do Discord ativada (não é portão)"
        }
        Key::OptionSetupLogChannel => {
            "Um canal para o registro do Keygate de verificações e ações de moderação"
        }
        Key::OptionSetupGuideOnJoin => "Enviar aos membros novos o guia da 2FA do próprio Discord",
        Key::OptionSetupModeratorCode => {
            "Pedir um código do app autenticador antes de configurar, encerrar, desbloquear, revogar, redefinir"
        }
        Key::OptionSetupRemindAfter => {
            "Mandar DM a membros novos não verificados após este tempo, como 1d (1m a 30d; off desativa)"
        }
        Key::OptionSetupKickAfter => {
            "Remover membros novos não verificados após este tempo, como 7d (1m a 30d; off desativa)"
        }
        Key::OptionSetupTwoPersonReset => {
            "redefinir e codigo-de-uso-unico precisam da aprovação de outro moderador no canal de registro"
        }
        Key::OptionDropRole => "O cargo que deixa de ter portão (quem tem continua com ele)",
        Key::OptionPanelChannel => "Onde publicar (padrão: este canal)",
        Key::OptionPanelRole => "O portão do botão Verificar (padrão: o membro escolhe)",
        Key::OptionMember => "O membro",
        Key::OptionRevokeUser => {
            "O membro de quem remover os cargos com portão (ele continua com o app autenticador)"
        }
        Key::OptionRevokeRole => {
            "Só este cargo com portão (padrão: todos os cargos com portão que ele tem)"
        }
        Key::OptionResetReason => "Motivo (fica no registro de auditoria)",
        Key::OptionAuditUser => "Só este membro",
    }
}
