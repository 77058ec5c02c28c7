//! Japanese (ja).
//! Polite です/ます form, plain and friendly, numbers in ASCII digits; Discord's own labels in Japanese where sure, otherwise in English with a Japanese gloss.

use crate::guide::catalogue::Key;

pub fn text(key: Key) -> &'static str {
    match key {
        // Errors and refusals
        Key::ReplySomethingWentWrong => {
            "こちら側で問題が発生しました。少し待ってからもう一度お試しください。何度も起きる場合は、モデレーターに知らせてください。"
        }
        Key::ReplyDatabaseDown => {
            "Keygateは今、データベースに接続できません。少し待ってからもう一度お試しください。"
        }
        Key::ReplyNotConfigured => {
            "このサーバーでは、まだ認証ゲートが設定されていません。モデレーターが `/gate セットアップ` で設定できます。"
        }
        Key::ReplyNotAGate => {
            "{role} はこのサーバーのゲートではありません（または、ゲートではなくなりました）。認証できるロールを確認するには `/認証` を実行してください。"
        }
        Key::ReplyNotEligible => {
            "{role} のゲートを通過できるのは {needs} を持つメンバーだけですが、あなたはそのロールを持っていません。失敗としては数えていません。持っているはずだと思う場合は、モデレーターに聞いてください。"
        }
        Key::ReplyNoGateOpen => {
            "このサーバーのゲートは、次のいずれかのロールを持つメンバー専用です：{roles}。あなたはどれも持っていないので、ここで認証する必要はありません。失敗としては数えていません。"
        }
        Key::ReplyNotEnrolled => {
            "このサーバーでは、まだ認証アプリを設定していません。`/認証` を実行して始めてください。"
        }
        Key::ReplyAlreadyEnrolled => {
            "このサーバーでは、認証アプリの設定がすでに済んでいます。`/認証` を実行して、アプリに表示される6桁のコードを入力してください。"
        }
        Key::ReplyEnrollmentExpired => {
            "設定に15分以上かかったため、安全のために期限切れになりました。`/認証` を実行して、新しいQRコードでやり直してください。"
        }
        Key::ReplyNeedsAuthenticator => {
            "この操作には、バックアップコードではなく認証アプリの6桁のコードを使ってください。バックアップコードは、スマホをなくしたときにログインするためのものです。設定の変更にはスマホそのものが必要です。あなたのDiscordセッションを盗んだ人は、保存してあるバックアップコードも持っているかもしれないからです。"
        }
        Key::ReplyNotACode => {
            "有効なコードではありません。認証アプリに今表示されている6桁の数字（例：`123456`）か、バックアップコードのどれか（例：`1ABC-DEFG-HJKM-NPQR`）を入力してください。"
        }
        Key::ReplyWrongCode => {
            "コードが一致しませんでした。認証アプリでこのサーバーの項目を見ているか確認し、今表示されているコードを入力してください。"
        }
        Key::ReplyReplayed => {
            "このコードはすでに使われたため、もう使えません。アプリに新しいコードが表示されるまで待ってください（コードは30秒ごとに変わります）。自分で使っていない場合は、モデレーターに知らせてください。誰かに見られた可能性があります。"
        }
        Key::ReplyLockedUntil => {
            "間違ったコードが多すぎます。安全のため、{when} まで認証を一時停止しています。その後でもう一度お試しください。"
        }
        Key::ReplyLockedUntilUnlocked => {
            "間違ったコードが多すぎます。モデレーターが解除するまで、このサーバーでのあなたのアカウントの認証はロックされています。"
        }
        Key::ReplyGuildOnly => {
            "Keygateはサーバーの中で使います。このコマンドはサーバーで実行してください。"
        }
        Key::ReplyStaleForm => {
            "このフォームは古くなっています。もう一度コマンドを実行してください。"
        }
        Key::ReplyOnlyModerators => {
            "`/gate` を使えるのはモデレーターだけです（**サーバー管理**の権限が必要です）。"
        }
        Key::ReplyNotVerified => "そのメンバーは今、認証されていません。",
        Key::ReplyBadArgument => {
            "そのオプションを読み取れませんでした。Discordに表示される一覧から選んで、もう一度お試しください。"
        }
        Key::ReplyNotLocked => "そのメンバーはロックされていません。",
        Key::ReplyBusy => {
            "あなたのコードの別の確認がまだ進行中です。少し待ってから、もう一度お試しください。"
        }
        Key::ReplyTooManySetups => {
            "この1時間に認証アプリの設定を3回始めています。安全のため、次に始められるのは {when} です。"
        }
        Key::ReplyTooManyRemovals => {
            "今日、このサーバーで認証アプリの設定を3回削除しています。安全のため、次に削除できるのは {when} です。"
        }
        Key::ReplyTooManyBackupCodeSets => {
            "今日、新しいバックアップコードを3回作成しています。安全のため、次に作成できるのは {when} です。今あるコードは引き続き使えます。"
        }
        // Enrollment
        Key::ReplyNeedsDiscord2fa => {
            "{role} のゲートは、自分のDiscordアカウントで二要素認証（2FA）をオンにしているメンバー専用です。Keygateはこの30日間、あなたの2FAがオンになっていることを確認できていないため、失敗としては数えていません。\n\nボタンを押してブラウザーで確認してから（1分ほどかかります）、もう一度お試しください。2FAがオフの場合は、オンにする方法がページに表示されます。"
        }
        Key::EnrollInstructions => {
            "**認証アプリを設定しましょう**（このメッセージはあなたにだけ表示されています）\n1. まだ持っていない場合は、スマホに認証アプリを入れてください：Google Authenticator、Microsoft Authenticator、Aegis、2FAS、またはコードに対応したパスワードマネージャー。\n2. アプリで **+** をタップし、下のQRコードを読み取ります。カメラがない場合は「セットアップキーを入力」を選び、次のキーを入力します：\n`{key}`\n3. アプリに、30秒ごとに変わる6桁のコードが表示されます。**コードを入力** を押して、そのコードを入力してください。\n\nこの設定の期限は {expires} です。このQRコードやキーは絶対に人に教えないでください。持っている人なら誰でも、あなたのコードを作れてしまいます。"
        }
        Key::EnrollEnterCodeButton => "コードを入力",
        Key::PickGatePrompt => {
            "どのロールの認証をしますか？下から1つ選んでください（これはあなたにだけ表示されています）。"
        }
        Key::PickGatePlaceholder => "ロールを選択",
        Key::ConfirmModalTitle => "認証アプリの確認",
        Key::VerifyModalTitle => "本人確認",
        Key::BackupCodesModalTitle => "新しいバックアップコード",
        Key::RemoveModalTitle => "認証アプリの削除",
        Key::CodeInputLabel => "アプリに表示される6桁のコード",
        Key::CodeOrBackupInputLabel => "アプリのコード、またはバックアップコード",
        Key::BackupCodesFirstTime => {
            "✅ **認証アプリの設定が完了しました。**\n\nこちらが **バックアップコード** です。スマホをなくしたとき、6桁のコードの代わりに、それぞれ1回だけ使えます。今すぐ保存してください（下のファイル、パスワードマネージャー、または紙に）。二度と表示されません。"
        }
        Key::BackupCodesRenewed => {
            "🔑 **新しいバックアップコードです。** 古いコードはたった今使えなくなりました。今すぐ保存してください。二度と表示されません。"
        }
        Key::BackupCodesFileIntro => {
            "Discordサーバー「{server}」のKeygateバックアップコード\n各コードは、認証アプリの6桁のコードの代わりに1回だけ使えます。\nこのファイルは、安全で他人に見られない場所に保管してください（パスワードマネージャー、または紙に印刷して）。"
        }
        // Verification
        Key::VerifiedAuthenticator => "✅ 認証アプリで認証されました。",
        Key::VerifiedBackup => {
            "✅ バックアップコードで認証されました。このコードはもう使えません。残りは {remaining} 個です。"
        }
        Key::VerifiedBackupLow => {
            "✅ バックアップコードで認証されました。⚠️ バックアップコードの残りは {remaining} 個だけです。`/2fa バックアップコード` を実行して、新しいセットを作成してください。"
        }
        Key::RoleGranted => "ロールが付与されました。ようこそ！",
        Key::RolePending => "ロールを付与しています。表示されるまで1分ほどかかることがあります。",
        Key::RoleForbidden => {
            "認証は完了しましたが、{role} ロールを付与できませんでした。Discordに拒否されました（Keygateに「ロールの管理」権限がないか、Keygateのロールがそのロールより下にあります）。モデレーターには連絡済みです。修正され次第、ロールが付与されます。"
        }
        Key::RoleOwnerNeeds2fa => {
            "認証は完了しましたが、まだ {role} ロールを付与できません。このサーバーはモデレーション操作に二要素認証（2FA）を必須にしていますが、Keygateボットの所有者が自分のDiscordアカウントで2FAをオンにしていません。モデレーターには連絡済みです。解決され次第、ロールが付与されます。"
        }
        Key::RoleGone => {
            "認証は完了しましたが、ロールを付与できませんでした。Discordによると、あなたはもうこのサーバーにいないか、ロールが削除されています。まだこのサーバーにいる場合は、モデレーターに知らせてください。"
        }
        Key::RoleFailed => {
            "認証は完了しましたが、Discordがロールの付与を拒否しました。モデレーターには連絡済みです。"
        }
        Key::RoleTimed => {
            "⏳ {role} は {when} まで付与されています。用事が済んだら **今すぐ終了** を押すと、早めに外せます。"
        }
        Key::EndNowButton => "今すぐ終了",
        Key::RoleEnded => {
            "完了：{role} を外しています。また必要になったら `/認証` を実行してください。"
        }
        Key::RoleEndNotHeld => {
            "ゲートから付与された {role} はもうないため、終了するものはありません。"
        }
        Key::RoleNotEligible => {
            "コードは正しかったのですが、{role} のゲートに必要なロールをもう持っていないため、付与しませんでした。間違いだと思う場合は、モデレーターに聞いてください。"
        }
        Key::RoleDangerous => {
            "コードは正しかったのですが、{role} は付与しませんでした。このロールには今、強力なモデレーター権限があり、このゲートは全メンバーが通過できる設定だからです。モデレーターには連絡済みです。"
        }
        Key::RoleSuperseded => {
            "結局、ロールは付与されませんでした。後からの変更で置き換えられました（モデレーターが外したか、期間が終了しました）。まだ必要な場合は、もう一度 `/認証` を実行してください。"
        }
        Key::Removed => {
            "完了：このサーバー用の認証アプリの設定とバックアップコードを削除しました。認証済みロールも外しています。もう一度設定するには、いつでも `/認証` を実行してください。"
        }
        // Status
        Key::StatusBody => {
            "**認証アプリ：** {enrollment}\n**ゲートからのロール：** {verified}\n**残りのバックアップコード：** {codes}\n**ロック：** {lockout}\n**最後の認証：** {last}"
        }
        Key::StatusEnrollmentNone => "未設定",
        Key::StatusEnrollmentPending => "設定開始済み、最初のコードを待っています（期限：{when}）",
        Key::StatusEnrollmentExpired => "完了する前に設定の期限が切れました",
        Key::StatusEnrollmentConfirmed => "設定済み（{when}）",
        Key::StatusYes => "はい",
        Key::StatusNo => "いいえ",
        Key::StatusHeldUntil => "{role}（{when} まで）",
        Key::StatusHeldReverify => "{role}（{when} までに再認証してください）",
        Key::StatusLockoutNone => "なし",
        Key::StatusLockoutUntil => "{when} までロック中",
        Key::StatusLockoutModerator => "モデレーターが解除するまでロック中",
        Key::StatusNever => "まだありません",
        // The verification panel (posted in the server's language)
        Key::PanelBody => {
            "🔐 **認証**\nこのサーバーでは、アクセスを許可する前に、認証アプリのコードで本人であることを確認してもらっています。**認証する** を押して始めてください（初回は1分ほどかかります）。\n二要素認証は初めてですか？ **2FAガイド** を押してください。"
        }
        Key::PanelVerifyButton => "認証する",
        Key::PanelGuideButton => "2FAガイド",
        // Moderator replies
        Key::GateRoleProblem => "そのロールはまだ使えません。{problem}",
        Key::GateRoleEveryone => {
            "それは全メンバーがすでに持っている @everyone ロールです。「認証済み」などのロールを作成して、そちらを選んでください。"
        }
        Key::GateRoleManaged => {
            "{role} は連携サービス（ボットやサブスクリプション）によって管理されているため、誰も手動で付与できません。「認証済み」などの通常のロールを作成して、そちらを選んでください。"
        }
        Key::GateRoleNoManageRoles => {
            "Keygateに **ロールの管理** 権限がないため、ロールを付与できませんでした。サーバー設定 → ロール で、Keygateのロールに「ロールの管理」権限を与えてから、もう一度 `/gate セットアップ` を実行してください。"
        }
        Key::GateRoleTooHigh => {
            "{role} はKeygateの最も高いロールより上（または同じ位置）にあります。Discordでは、ボットは自分より下のロールしか付与できません。サーバー設定 → ロール で、Keygateのロールを {role} より上にドラッグしてから、もう一度 `/gate セットアップ` を実行してください。"
        }
        Key::GateRoleInvokerNoManageRoles => {
            "ゲートが付与するロールを選ぶには、あなた自身に **ロールの管理** 権限が必要です。"
        }
        Key::GateRoleInvokerTooLow => {
            "{role} はあなたの最も高いロールより上（または同じ位置）にあるため、あなた自身は付与できず、ゲートがあなたの代わりに付与することもできません。より高いロールを持つ人に頼んでください。"
        }
        Key::GateSetupDone => {
            "✅ ゲートを保存しました：{gate}。\n{settings}\n次は `/gate パネル` で「認証する」ボタンを投稿してください。"
        }
        Key::GateSetupMembersIntent => {
            "⚠️ 参加時のガイドはオンですが、このボットはServer Members intentなしで起動されているため、メンバーの参加を検知できません。ボットの運営者がオンにできます。READMEの「Guide on join」を参照してください。"
        }
        Key::GateSetupOwnerNeeds2fa => {
            "⚠️ このサーバーはモデレーション操作に2FAを必須にしていますが、Keygateのアプリケーションを所有するアカウントが2FAをオンにしていません。そのため、Keygateによるロールの付与や削除は、すべてDiscordに拒否されます。Keygateアプリケーションの所有者が2FAをオンにする必要があります（Discord：ユーザー設定 → マイアカウント）。それ以外に解決方法はありません。"
        }
        Key::GateSetupLogChannelRefused => {
            "⚠️ ログチャンネル {channel} に投稿できませんでした。Discordに拒否されました。そのチャンネルでKeygateのロールに **チャンネルを見る** と **メッセージを送信** の権限を与えてから、もう一度 `/gate セットアップ` を実行してください。それまでは15分ごとにしか投稿を試さず、その間のログは失われます。"
        }
        Key::ReplyServerPaused => {
            "⏸️ ここ数分間、このサーバーでのリクエストがDiscordに何度も拒否されたため（投稿できないチャンネルや、付与できないロールがあります）、今はこのサーバーでの処理を控えています。問題を解決してから、10分ほど後にもう一度お試しください。"
        }
        Key::GateSetupEligibleWithoutIntent => {
            "ℹ️ このボットはServer Members intentなしで動いているため、ロールの変更を検知できません。対象ロール（eligible）を失った人がこのゲートのロールを失うのはすぐではなく、次に `/認証` を実行したとき、ロールの期限切れや再認証のとき、または新たに付与される前です。ボットの運営者はintentをオンにできます（READMEを参照）。"
        }
        Key::GateLastsAndReverify => {
            "1つのゲートに `lasts` と `reverify_every` の両方は設定できません。期間付きのロールは、期間が終われば自動的に外されるからです。どちらか1つを残して（もう一方は `off` に設定）、もう一度お試しください。"
        }
        Key::GateModeratorCodeEnrollFirst => {
            "`moderator_code` をオンにする前に、`/認証` でこのサーバーに自分の認証アプリを設定してください。オンにした後はモデレーターコマンドでそのコードを求められるので、設定していないと自分が締め出されてしまいます。"
        }
        Key::GateTooManyGates => {
            "このサーバーにはすでに {max} 個のゲートがあり、これがKeygateの上限です。先に `/gate 終了` で1つ終了してから、もう一度お試しください。"
        }
        Key::GateDropped => {
            "完了：Keygateは {role} のゲートを終了しました。このロールを持っているメンバーは、そのまま持ち続けます（期間付きのものは、期間が来れば外されます）。"
        }
        Key::GateNotAGate => {
            "{role} はこのサーバーのゲートではありません。`/gate 設定` でこのサーバーのゲートを一覧できます。"
        }
        Key::GateDangerous => {
            "⚠️ {role} には強力な権限があります：{permissions}。`eligible` がないと、認証アプリを設定したメンバー全員がこの権限を得てしまいます。通過できるロールを `eligible:` で指定する（例：`eligible:@Moderator`）か、{role} からそれらの権限を外して（ロールの設定とチャンネルの権限設定の両方で）から、もう一度お試しください。"
        }
        Key::PermAdministrator => "管理者",
        Key::PermManageServer => "サーバー管理",
        Key::PermManageRoles => "ロールの管理",
        Key::PermManageChannels => "チャンネルの管理",
        Key::PermManageWebhooks => "ウェブフックの管理",
        Key::PermBanMembers => "メンバーをBAN",
        Key::PermKickMembers => "メンバーをキック",
        Key::PermTimeoutMembers => "メンバーをタイムアウト",
        Key::PermManageMessages => "メッセージの管理",
        Key::PermMentionEveryone => "@everyone、@here、全てのロールにメンション",
        Key::GateDurationUnreadable => {
            "`{value}` を `{option}` の期間として読み取れません。`90m`、`1h`、`12h`、`7d` のように書いてください（{min} から {max} まで）。解除するには `off` と書きます。"
        }
        Key::GateDurationOutOfRange => {
            "`{option}` は {min} から {max} の範囲で指定してください。`{value}` はその範囲外です。範囲内の期間を選ぶか、解除するには `off` にしてください。"
        }
        Key::GateEligibleEveryone => {
            "`eligible` を @everyone にすることはできません。全メンバーが持っているので、{role} のゲートを通過できる人を制限できないからです。メンバーがあらかじめ持っている必要があるロール（例：@Moderator）を選ぶか、`eligible` を省略してください。"
        }
        Key::GateEligibleSelf => {
            "`eligible` を {role} 自身にすることはできません。すでに持っているメンバーしか通過できず、新しく通過できる人がいなくなるからです。別のロールを選んでください（例：@Moderator (active) のゲートには @Moderator）。"
        }
        Key::GateEligibleOpenGate => {
            "`eligible` を {eligible} にすることはできません。どのメンバーもそのロール自体のゲートから取得できるので、{role} のゲートを通過できる人を制限できないからです。モデレーターが手動で付与するロール（例：@Moderator）を選んでください。"
        }
        Key::StepUpModalTitle => "モデレーター確認：コードを入力",
        Key::StepUpEnrollFirst => {
            "このサーバーでは、このコマンドの前にモデレーターに認証アプリのコードを求めていますが、あなたはまだこのサーバーで認証アプリを設定していません。`/認証` で設定してから、もう一度お試しください。"
        }
        Key::StepUpExpired => {
            "この確認は期限切れ（有効期間は5分）か、すでに使われています。もう一度コマンドを実行してください。"
        }
        Key::StepUpNotDone => {
            "コマンドは実行されませんでした。新しいコードが表示されたら、もう一度実行してください。"
        }
        Key::GateNone => "なし",
        Key::GateOn => "オン",
        Key::GateOff => "オフ",
        Key::GateRuleEveryone => "全メンバーが通過可能",
        Key::GateRuleEligible => "{role} を持つメンバーのみ",
        Key::GateRulePermanent => "ずっと保持",
        Key::GateRuleLasts => "通過するたび、{period} 後に外れる",
        Key::GateRuleReverify => "{period} ごとに再通過しないと外れる",
        Key::GateDiscord2faNeedsWeb => {
            "`discord_2fa` にはブラウザーでのDiscord 2FA確認が必要ですが、このボットではオンになっていないため、このゲートを通過できるメンバーがいなくなります。何も変更していません。ボットの運営者がオンにできます。READMEの「Confirming Discord's own 2FA in the browser」を参照してください。"
        }
        Key::GateRuleDiscord2fa => "30日以内にDiscord 2FAを確認済み",
        Key::GateSettings => {
            "ログチャンネル：{log}。参加時のガイド：{guide}。モデレーターコード：{code}。"
        }
        Key::GateSettingsDiscord2faRole => {
            "`/2fa 確認` で自分のDiscord 2FAがオンと確認されたメンバーには {role} が付与されます。後の確認でオフだった場合は外されます。"
        }
        Key::GateDiscord2faRoleIsAGate => {
            "{role} はこのサーバーのゲートの1つなので、Keygateはコードの入力後に付与します。Discord 2FAを使っているメンバー用には別のロールを選ぶか、先に `/gate 終了` でそのゲートを終了してください。"
        }
        Key::GateRoleIsDiscord2faRole => {
            "{role} は、KeygateがDiscord 2FAを使っているメンバーにコードなしで付与するロール（`discord_2fa_role`）なので、ゲートにすることはできません。先に `/gate 終了 role:{role}` でそれを止めるか、ゲートには別のロールを選んでください。"
        }
        Key::GatePanelPosted => "✅ {channel} に認証パネルを投稿しました。",
        Key::GatePanelForbidden => {
            "{channel} に投稿できません。そのチャンネルでKeygateのロールに **チャンネルを見る** と **メッセージを送信** の権限を与えてから、もう一度お試しください。"
        }
        Key::GateChannelNotHere => {
            "{channel} はこのサーバーのチャンネルではありません。このサーバーのチャンネルを選んで、もう一度お試しください。"
        }
        Key::GateTargetThemselves => {
            "これは自分自身には実行できません。別のモデレーターに実行してもらう必要があります。こうすることで、モデレーターのセッションを盗んだ人が、そのモデレーター自身の2つ目の要素をリセットしたりロック解除したりできなくなります。"
        }
        Key::GateTargetNotBelow => {
            "{user} はあなたの最も高いロールと同じか、それより上のロールを持っているため、この操作はできません。より高いロールを持つ人に頼んでください。"
        }
        Key::GateUnlocked => "🔓 {user} はもう一度コードを試せるようになりました。",
        Key::GateRevoked => "{user} から {role} を外しました。`/認証` でもう一度認証できます。",
        Key::GateResetDone => {
            "{user} をリセットしました：認証アプリの設定とバックアップコードを削除し、ロールを外しています。{note}"
        }
        Key::GateResetTold => "本人にはDMで知らせました。",
        Key::GateResetNotTold => {
            "本人にDMを送れませんでした（DMが閉じられています）。あなたから知らせてください。"
        }
        Key::GateResetDm => {
            "**{server}** のモデレーターが、そのサーバーでのあなたの二要素認証の設定をリセットしました（理由：`{reason}`）。認証アプリの古い項目とバックアップコードはもう使えません。もう一度設定するには、サーバーで `/認証` を実行してください。"
        }
        Key::GateStats => {
            "**登録済みメンバー：** {enrolled}\n**設定中：** {pending}\n**現在認証済み：** {verified}\n**現在ロック中：** {locked}\n**待機中のロール変更：** {waiting}"
        }
        Key::GateAuditEmpty => "監査ログは空です。",
        Key::GateConfig => "**ゲート**（{count}/{max}）：\n{gates}\n{settings}",
        Key::GateConfigNoGates => "まだありません（`/gate セットアップ` で追加できます）",
        // The walkthrough of Discord's own two-factor authentication
        Key::GuideSentDm => "📬 ガイドをダイレクトメッセージで送りました。",
        Key::GuideDmClosed => {
            "このサーバーからのダイレクトメッセージがオフになっているため、DMを送れませんでした。代わりにここにガイドを表示します。DMを許可するには、サーバーのメニュー（上部のサーバー名）を開いて **プライバシー設定** を選び（バージョンによっては、サーバーアイコンを右クリック → プライバシー設定）、**ダイレクトメッセージ** をオンにしてください。"
        }
        Key::GuidePageOf => "{page} / {total} ページ",
        Key::GuideBackButton => "戻る",
        Key::GuideNextButton => "次へ",
        Key::GuideDoneButton => "完了",
        Key::GuideFinished => {
            "👍 ガイドは以上です。もう一度読みたいときは、いつでも `/2fa ガイド` を実行してください。"
        }
        Key::Guide1Title => "二要素認証が大切な理由",
        Key::Guide1Body => {
            "パスワードだけでは不十分です。盗まれたパスワードはDiscordで常に試されていますし、**トークンを盗むマルウェア**（「無料Nitro」やゲームのチート、偽のソフトウェアによく潜んでいます）は、ログイン中のDiscordセッションをコピーするので、犯人はパスワードすら必要ありません。\n\n二要素認証（2FA）は、もう1つのステップを追加します。スマホのアプリに表示される、30秒ごとに変わる6桁のコードです。パスワードを知られても、あなたのスマホがなければログインできません。\n\n次のページからは、2FAをオンにする方法、バックアップコードを安全に保管する方法、スマホをなくしたときの対処法を説明します。"
        }
        Key::Guide2Title => "認証アプリをオンにする（パソコン・ブラウザー）",
        Key::Guide2Body => {
            "1. スマホに認証アプリを入れます：Google Authenticator、Microsoft Authenticator、Aegis、2FAS、またはコードを表示できるパスワードマネージャー。\n2. Discordで **ユーザー設定**（名前の横の歯車）→ **マイアカウント** を開きます。\n3. **Enable Authenticator App**（認証アプリを有効化）を押します。先にメールアドレスの認証を済ませておく必要があります。\n4. Discordのパスワードを入力し、アプリでQRコードを読み取ります（またはその下に表示されるキーを入力します）。\n5. アプリに表示される6桁のコードを入力します。これで完了です。2FAがオンになりました。"
        }
        Key::Guide3Title => "認証アプリをオンにする（スマホ）",
        Key::Guide3Body => {
            "1. 認証アプリを入れます（前のページを参照）。\n2. Discordアプリでプロフィール画像をタップし、歯車（**設定**）→ **アカウント** を開きます。\n3. **Enable Authenticator App**（認証アプリを有効化）をタップし、パスワードを入力します。\n4. 同じスマホでは自分の画面を読み取れないので、Discordに表示される **キー** をコピーして、認証アプリに貼り付けます（「セットアップキーを入力」）。\n5. Discordに戻り、アプリに表示される6桁のコードを入力します。"
        }
        Key::Guide4Title => "予備としてのSMS",
        Key::Guide4Body => {
            "認証アプリをオンにしたら、予備として電話番号を追加できます：**ユーザー設定 → マイアカウント → Enable SMS**（SMSを有効化）。これで、アプリが手元にないときでも、DiscordからSMSでコードを受け取れます。\n\nSMSはアプリより安全性が低いため（電話番号は「SIMスワップ」という手口で乗っ取られることがあります）、メインはアプリにして、SMSは予備と考えてください。"
        }
        Key::Guide5Title => "セキュリティキーとパスキー",
        Key::Guide5Body => {
            "**セキュリティキー**（YubiKeyのような小さなUSBやNFCのキー）や **パスキー**（スマホやパソコンに保存され、指紋・顔・PINでロックを解除するもの）も追加のステップとして使えます。これらはフィッシングで盗まれることがありません。\n\n**ユーザー設定 → マイアカウント → Security Keys**（セキュリティキー）から追加できます。キーをなくした場合に備えて、認証アプリとバックアップコードも残しておいてください。"
        }
        Key::Guide6Title => "Discordのバックアップコードを保存する",
        Key::Guide6Body => {
            "バックアップコードがあれば、スマホをなくしてもログインできます。各コードは8文字で、`XXXX-XXXX` の形で表示されます。\n\n1. **ユーザー設定 → マイアカウント → View Backup Codes**（バックアップコードを表示）を開きます。\n2. パスワードを入力し、次にDiscordからメールで届く確認キーを入力します。\n3. コードを保存します：印刷するか、パスワードマネージャーに保管してください。\n\n⚠️ ダウンロードすると、ファイル名は `discord_backup_codes.txt` になります。トークンを盗むマルウェアはまさにこのファイル名を探すので、**ダウンロードフォルダーから移動してください**（または印刷してから削除してください）。\n\n**Generate new codes**（新しいコードを生成）を押すと新しいセットが作られ、古いコードはすぐに使えなくなります。"
        }
        Key::Guide7Title => "バックアップコードでログインする",
        Key::Guide7Body => {
            "スマホをなくしましたか？いつも通り、メールアドレスとパスワードでログインしてください。Discordに6桁のコードを求められたら、**Verify with something else**（別の方法で認証）→ **Use a backup code**（バックアップコードを使用）を選び、保存しておいたコードのどれかを入力します。\n\nログインできたら、新しいスマホで2FAを設定し、新しいバックアップコードを生成してください。"
        }
        Key::Guide8Title => "よくある質問",
        Key::Guide8Body => {
            "**バックアップコードは再利用できますか？** いいえ。各コードは一度だけ使えます。使ったら線を引いて消しておきましょう。\n\n**あと何個ありますか？** **View Backup Codes** を開くと、コードの一覧と、どれを使用済みかを確認できます。残りが少なくなったら **Generate new codes** を押してください。\n\n**全部使ってしまいました。** まだどこかでログインしているなら、すぐにView Backup Codesを開いて新しいセットを生成してください。\n\n**スマホもコードもなくしました。** その場合、Discordサポートでも2FAを解除できず、アカウントは復旧できません。だからこそ、バックアップコードを安全な場所に保存しておくことがとても大切です。"
        }
        Key::Guide9Title => "このサーバー独自の認証",
        Key::Guide9Body => {
            "Discordの2FAが守るのは、あなたの **ログイン** です。しかし、マルウェアがログイン中のセッションを盗むと、犯人はすでにログインを通り抜けています。\n\nそのため、このサーバーには独自のゲートがあります。`/認証` は、アクセスを許可する前に、スマホの認証アプリのコードを求めます。盗んだセッションを持っていても、このコードは作れません。\n\nこれは認証アプリの中の **別の項目** で、このサーバーのQRコードで設定し、専用のバックアップコードがあります。Discordの2FAの代わりにはならないので、両方を使ってください。"
        }
        // On join (sent in the server's language)
        Key::JoinDm => {
            "👋 **{server}** へようこそ！あなたのDiscordアカウントを安全に保つことは、このコミュニティを守ることにもつながります。二要素認証をオンにするための短いガイドをお届けします。"
        }
        Key::ReverifyReminderDm => {
            "🔁 こんにちは！{server} で、{role} のために認証アプリでの再確認の時期が来ました。{when} までに、そのサーバーで `/認証` を実行してください。実行しないと、Keygateはロールを外します（認証すればいつでも戻せます）。このメッセージには、あえてリンクを入れていません。コードは決して他の場所に入力しないでください。"
        }
        // Slash commands: names (where a language has its own) and descriptions
        // The browser check of Discord's own 2FA
        Key::Check2faLink => {
            "ボタンを押すと、ブラウザーでDiscordにサインインします。するとDiscordはKeygateに1つのことだけを伝えます：あなたのアカウントで二要素認証（2FA）がオンになっているかどうかです。Keygateはログイン情報を保存せず、それ以外は何も読み取りません。\n\nこのリンクは1回だけ、10分間、あなただけが使えます。他の人に共有しないでください。"
        }
        Key::Check2faButton => "Discordの2FAを確認",
        Key::Check2faUnavailable => {
            "このボットでは、ブラウザーでのDiscord 2FA確認がオンになっていません。それでも `/2fa ガイド` の手順で2FAをオンにできます。"
        }
        Key::WebOnTitle => "Discordの2FAはオンです",
        Key::WebOnBody => {
            "あなたのDiscordアカウントでは二要素認証がオンになっています。Keygateに記録されたので、これで準備完了です。\n\nこのページを閉じて、Discordに戻ってください。"
        }
        Key::WebCheckedAccount => "Discordアカウント **{name}** を確認しました。",
        Key::WebRoleComing => {
            "このサーバーでは、Discordの2FAを使っているメンバーに専用のロールを付与しています。まもなく付与されます。"
        }
        Key::WebOffTitle => "Discordの2FAはオフです",
        Key::WebOffBody => {
            "あなたのDiscordアカウントでは、まだ二要素認証（2FA）がオンになっていません。パスワードやログイン中のセッションを手に入れた人なら誰でも、あなたのアカウントを乗っ取れてしまいます。\n\nオンにする方法は次のとおりです。終わったら **もう一度確認** を押してください。"
        }
        Key::WebCheckAgainButton => "もう一度確認",
        Key::WebCancelledTitle => "何も確認されませんでした",
        Key::WebCancelledBody => {
            "Discordのページでキャンセルされたため、Keygateは何も確認・記録していません。\n\nもう一度試すときは、下のボタンを押してください（リクエストしてから10分間使えます）。"
        }
        Key::WebInvalidTitle => "このリンクは使えません",
        Key::WebInvalidBody => {
            "この確認リンクはKeygateが作ったものではないか、コピーしたときに一部が欠けています。何も確認されていません。\n\nDiscordで `/2fa 確認` を実行して、新しいリンクを取得してください。"
        }
        Key::WebExpiredTitle => "このリンクは期限切れです",
        Key::WebExpiredBody => {
            "確認リンクは、他の人に使われないように10分間だけ有効です。何も確認されていません。\n\nDiscordで `/2fa 確認` を実行して、新しいリンクを取得してください。"
        }
        Key::WebSpentTitle => "このリンクはすでに使われています",
        Key::WebSpentBody => {
            "確認リンクは1回だけ使えます。このリンクで始めた確認はすでに完了しています。\n\nもう一度確認したい場合は、Discordで `/2fa 確認` を実行して新しいリンクを取得してください。"
        }
        Key::WebOtherAccountTitle => "別のDiscordアカウントでした",
        Key::WebOtherAccountBody => {
            "このリンクは、サインインしたアカウントとは別のDiscordアカウント用に作られたものなので、何も記録していません。\n\nこのブラウザーで、サーバーで使っているアカウントでDiscordにサインインしてから、もう一度サーバーで `/2fa 確認` を実行してください。"
        }
        Key::WebDiscordFailedTitle => "Discordがサインインを確認しませんでした",
        Key::WebDiscordFailedBody => {
            "DiscordからKeygateへの応答が想定どおりではなかったため、何も記録していません。通常はすぐに解消します。\n\n1分ほど待ってから、Discordで `/2fa 確認` を実行して新しいリンクを取得してください。"
        }
        Key::WebDatabaseDownTitle => "Keygateが結果を保存できませんでした",
        Key::WebDatabaseDownBody => {
            "Keygateは今、データベースに接続できないため、何も記録していません。\n\n1分ほど待ってから、Discordで `/2fa 確認` を実行して新しいリンクを取得してください。"
        }
        Key::WebUnavailableTitle => "Discord 2FAの確認はオフになっています",
        Key::WebUnavailableBody => {
            "このKeygateは、ブラウザーでDiscord 2FAを確認するようには設定されていません。"
        }
        Key::WebNotFoundTitle => "ページが見つかりません",
        Key::WebNotFoundBody => {
            "ここには何もありません。Keygateのリンクは、Discordのボットから届きます。"
        }
        Key::WebBusyTitle => "アクセスが集中しています",
        Key::WebBusyBody => {
            "同時に確認しているメンバーが多いため、Keygateはまだあなたの確認を受け付けられませんでした。何も確認されていません。\n\n数秒待ってから、このページを再読み込みしてください。"
        }
        Key::CommandVerifyName => "認証",
        Key::CommandVerifyDescription => "認証アプリで認証する、または認証アプリを設定する",
        Key::Command2faDescription => {
            "二要素認証：あなたの状態、バックアップコード、Discord自体の2FA"
        }
        Key::Command2faGuideName => "ガイド",
        Key::Command2faGuideDescription => "Discord自体の二要素認証をオンにする方法",
        Key::Command2faStatusName => "ステータス",
        Key::Command2faStatusDescription => {
            "このサーバーでの登録、認証、残りのバックアップコード、ロックの状態"
        }
        Key::Command2faBackupCodesName => "バックアップコード",
        Key::Command2faBackupCodesDescription => {
            "新しいバックアップコードを作成（認証アプリのコードが必要）"
        }
        Key::Command2faRemoveName => "削除",
        Key::Command2faRemoveDescription => {
            "このサーバー用の認証アプリの設定とバックアップコードを削除（コードが必要）"
        }
        Key::Command2faCheckName => "確認",
        Key::Command2faCheckDescription => {
            "Discordアカウントで2FAがオンになっているか、ブラウザーで確認"
        }
        Key::CommandGateDescription => "モデレーター用：認証ゲートの設定と運用",
        Key::CommandGateSetupDescription => {
            "ゲート（コード入力後に付与するロール）とKeygateの設定を追加・変更"
        }
        Key::CommandGateDropDescription => {
            "ロールのゲートを終了（持っているメンバーはそのまま保持）"
        }
        Key::CommandGatePanelDescription => {
            "認証パネル（「認証する」と「2FAガイド」のボタン）をチャンネルに投稿"
        }
        Key::CommandGateStatusDescription => {
            "メンバーの登録、認証、残りのバックアップコード、ロックの状態"
        }
        Key::CommandGateUnlockDescription => "メンバーのロックを解除",
        Key::CommandGateRevokeDescription => {
            "メンバーから認証済みロールを外す（認証アプリの設定は残り、再認証できます）"
        }
        Key::CommandGateResetDescription => {
            "スマホをなくしたメンバーをリセット：認証アプリの設定とバックアップコードを削除"
        }
        Key::CommandGateStatsDescription => "集計：登録済み、認証済み、ロック中",
        Key::CommandGateAuditDescription => "監査ログの最新の記録（全員または1人のメンバー）",
        Key::CommandGateConfigDescription => "このサーバーのゲート設定を表示",
        // Members' whole life at the gate: one-time codes, two-person approval, the unverified, stats
        Key::VerifiedBypass => {
            "✅ コードを受け付けました。モデレーターから受け取ったワンタイムコードでゲートを通過しました。このコードはもう使えません。また、以前の認証アプリの設定は削除されました。次回に必要になるので、早めにもう一度 `/認証` を実行して、新しいスマホに認証アプリを設定してください。"
        }
        Key::ReplyBypassExpired => {
            "このワンタイムコードは期限切れです（有効期間は24時間です）。モデレーターに新しいコードをもらってください。"
        }
        Key::GateBypassIssued => {
            "🔑 {user} のワンタイムコード：\n`{code}`\n\nこのコードは {when} まで、アプリのコードの代わりに1回だけ使えます。本人が `/認証` を実行して、入力欄にこのコードを入力します。公開チャンネルではなく、信頼できる方法で渡してください。その後、本人は認証アプリをもう一度設定します。このコードが表示されるのは今回だけです。"
        }
        Key::GateBypassNotEnrolled => {
            "{user} はこのサーバーで認証アプリを設定していないため、ワンタイムコードは必要ありません。`/認証` を実行すれば、すぐに新しいスマホで設定できます。"
        }
        Key::GateTwoPersonOwnerOnly => {
            "2人承認がオンの間は、サーバーのオーナーだけがそれをオフにしたり、ログチャンネルを変更したりできます。1人のモデレーターのアカウントだけでは元に戻せないようにするためです。何も変更されていません。"
        }
        Key::GateAuditActor => "（実行: {user}）",
        Key::GateAuditSubject => "（対象: {user}）",
        Key::GateTwoPersonNeedsLog => {
            "2人承認では各リクエストをログチャンネルに投稿しますが、このサーバーにはまだログチャンネルがありません。同じ `/gate セットアップ` に `log_channel:` を追加して、もう一度お試しください。何も変更していません。"
        }
        Key::GateApprovalRequested => {
            "⏳ リクエストは2人目のモデレーターの判断待ちです。{channel} に *承認* と *却下* のボタン付きで投稿されていて、{when} に期限切れになります。自分のリクエストを自分で承認することはできません。"
        }
        Key::GateApprovalNotPosted => {
            "ログチャンネル {channel} にリクエストを投稿できなかったため、何も依頼・変更していません。そのチャンネルでKeygateのロールに **チャンネルを見る** と **メッセージを送信** の権限を与えてから、もう一度お試しください。"
        }
        Key::ApproveButton => "承認",
        Key::DenyButton => "却下",
        Key::ApprovalOwnRequest => {
            "これはあなた自身のリクエストなので、別のモデレーターが判断する必要があります。これが2人承認の目的です。盗まれたモデレーターアカウント1つだけでは実行できないようにしています。"
        }
        Key::ApprovalExpired => {
            "このリクエストは期限切れです（有効期間は24時間です）。まだ必要な場合は、もう一度コマンドを実行してください。"
        }
        Key::ApprovalAlreadyDecided => "このリクエストはすでに判断済みです。",
        Key::ApprovalDenied => "🚫 却下しました。{user} については何も変更していません。",
        Key::ApprovalNoteApproved => "✅ {moderator} が承認しました。",
        Key::ApprovalNoteDenied => "🚫 {moderator} が却下しました。",
        Key::ApprovalNoteExpired => "⌛ 判断されないまま期限切れになりました。",
        Key::GateKickNeedsYourPermission => {
            "認証しないメンバーをKeygateにキックさせるには、あなた自身に **メンバーをキック** 権限が必要です。サーバーのオーナーか管理者に頼んでください。何も変更していません。"
        }
        Key::GateKickNeedsPermission => {
            "認証しないメンバーをキックするには、Keygateに **メンバーをキック** 権限が必要です。サーバー設定 → ロール で、Keygateのロールにこの権限を与えてから、もう一度 `/gate セットアップ` を実行してください。何も変更していません。"
        }
        Key::GateKickBeforeRemind => {
            "メンバーが先にリマインドを受け取れるように、`kick_after`（{kick}）は `remind_after`（{remind}）より長くしてください。何も変更していません。"
        }
        Key::GateUnverifiedNeedsIntent => {
            "認証していないメンバーへのリマインドやキックには、Discordの **Server Members** intentが必要です。このボットにはそれがないため、Keygateには誰が参加したかがわかりません。何も変更していません。ボットの運営者がDeveloper Portal（Bot → Privileged Gateway Intents）でオンにして、Keygateを再起動すれば使えるようになります。"
        }
        Key::GateSettingsUnverified => {
            "最初のゲートをまだ通過していない新メンバー：DMでのリマインド {remind}、キック {kick}（参加からの時間）。"
        }
        Key::GateSettingsTwoPerson => {
            "`/gate リセット` と `/gate ワンタイムコード` の2人承認：{on}。"
        }
        Key::JoinReminderDm => {
            "👋 こんにちは！あなたは {joined} に {server} に参加しましたが、まだ認証していません。サーバーを利用するには、サーバーで `/認証` を実行して手順に従ってください。1分ほどで終わります。{kick}"
        }
        Key::JoinReminderKickNote => {
            "認証しない場合、{when} にサーバーからキックされます。後でもう一度参加することはできます。"
        }
        Key::KickAuditReason => "Keygate：参加から {after} 以内に認証ゲートを通過しませんでした",
        Key::StatsWaiting => "**参加済みでまだ認証していないメンバー：** {waiting}",
        Key::StatsChartHeading => {
            "**過去30日間**（1日ごと：✅ 認証、❌ 失敗、🔒 ロック、⚠️ コードの再利用）。記録のある日だけを一覧にしています。グラフには30日すべてが表示されます。"
        }
        Key::StatsChartNone => "**過去30日間：** 認証、失敗、ロック、コードの再利用はありません。",
        Key::StatsChartTitle => "Keygate、過去30日間",
        Key::StatsChartVerifications => "認証",
        Key::StatsChartFailures => "失敗",
        Key::StatsChartLockouts => "ロック",
        Key::StatsChartReplays => "コードの再利用",
        // Log channel lines (in the server's language). Mentions render as names: the post pings nobody
        Key::LogEnrollmentStarted => "🆕 {user} が認証アプリの設定を始めました。",
        Key::LogEnrolled => {
            "✅ {user} が認証アプリを設定し、{role} のゲートを通過しました{until}。"
        }
        Key::LogModeratorEnrolled => {
            "🚨 `/gate` を使える {user} が新しい認証アプリを設定し、{role} のゲートを通過しました{until}。モデレーターコードがオンの間は、このアプリのコードでモデレーター確認も通過できるようになります。本人によるものでなければ、アカウントが盗まれている可能性があります。別のモデレーターがこのメンバーに `/gate リセット` を実行してください。"
        }
        Key::LogVerifiedAuthenticator => {
            "✅ {user} が認証アプリで {role} のゲートを通過しました{until}。"
        }
        Key::LogVerifiedBackup => {
            "✅ {user} がバックアップコードで {role} のゲートを通過しました{until}（残り {remaining} 個）。"
        }
        Key::LogVerifiedBypass => {
            "✅ {user} がモデレーターのワンタイムコードで {role} のゲートを通過しました{until}。以前の認証アプリの設定は削除されたので、次回に新しく設定します。"
        }
        Key::LogUntil => "（{when} まで）",
        Key::LogNewBackupCodes => "🔑 {user} が新しいバックアップコードを作成しました。",
        Key::LogRemovedThemselves => "🗑️ {user} が自分の認証アプリをゲートから削除しました。",
        Key::LogReplayed => {
            "⚠️ {user} がすでに使われたコードを送信しました（リプレイの可能性があります）。このコードは拒否しました。{lock}"
        }
        Key::LogTooManyWrong => "🔒 {user} が間違ったコードを何度も入力しました。{lock}",
        Key::LogNotACode => "❌ {user} がコードではないものを入力しました。",
        Key::LogWrongCode => "❌ {user} が間違ったコードを入力しました。",
        Key::LogLockedUntil => "{when} までロックされます。",
        Key::LogLockedUntilUnlocked => {
            "モデレーターが `/gate ロック解除` を実行するまでロックされます。"
        }
        Key::LogConfiguredGate => "⚙️ {moderator} が {role} のゲートを設定しました（{rules}）。",
        Key::LogConfiguredSettings => "⚙️ {moderator} が設定を変更しました。",
        Key::LogConfiguredDetails => "ログチャンネル：{log}。モデレーターコード：{code}。",
        Key::LogGateDropped => {
            "⚙️ {moderator} が {role} のゲートを終了しました。このロールを持っているメンバーは、そのまま持ち続けます（期間付きのものは期間が終わるまで）。"
        }
        Key::LogPanelPosted => "⚙️ {moderator} が {channel} に認証パネルを投稿しました。",
        Key::LogUnlocked => "🔓 {moderator} が {user} のロックを解除しました。",
        Key::LogRevoked => "⛔ {moderator} が {user} から {role} を外しました。",
        Key::LogEndedExpired => "⌛ {user} の {role} の期間が終わったため、ロールを外しました。",
        Key::LogEndedEarly => "⌛ {user} が {role} の期間を早めに終了しました。",
        Key::LogEligibilityLost => {
            "🚪 {user} が {needs} を持たなくなったため、それが必要な {role} を外しています。"
        }
        Key::LogReverification => {
            "🔁 再認証：DMでリマインドしたメンバー {reminded} 人（ほかにDMが閉じているメンバー {closed} 人、サーバーを退出したメンバー {left} 人）。期限内に再認証しなかったメンバーから外したロール {removed} 個。"
        }
        Key::LogReset => {
            "♻️ {moderator} が {user} の二要素認証の設定をリセットしました。理由：`{reason}`"
        }
        Key::LogApprovedBy => "{approver} が承認しました。",
        Key::LogBypassIssued => {
            "🔑 {moderator} が、スマホをなくした {user} にワンタイムコードを発行しました（{when} まで有効）。"
        }
        Key::LogApprovalReset => {
            "🧑‍⚖️ {moderator} が {user} の二要素認証の設定のリセットを依頼しています（理由：`{reason}`）。別のモデレーターの承認が必要です。このリクエストは {when} に期限切れになります。"
        }
        Key::LogApprovalBypass => {
            "🧑‍⚖️ {moderator} が、スマホをなくした {user} のワンタイムコードを依頼しています。別のモデレーターの承認が必要です。このリクエストは {when} に期限切れになります。"
        }
        Key::LogApprovalDenied => {
            "🚫 {approver} が、{user} についての {moderator} のリクエストを却下しました。何も変更していません。"
        }
        Key::LogRoleNotEligible => {
            "🚪 {user} に {role} を付与しませんでした。そのゲートに必要な {needs} を持たなくなっているためです。"
        }
        Key::LogRoleDangerous => {
            "⚠️ {user} に {role} を付与しませんでした。このロールには今、強力な権限（{permissions}）があり、そのゲートは全メンバーが通過できる設定だからです。`/gate セットアップ` で `eligible:` を追加するか、ロールからそれらの権限を外してください。"
        }
        Key::LogRoleGrantFailed => "⚠️ {user} に {role} を付与できませんでした：{why}",
        Key::LogRoleRemoveFailed => "⚠️ {user} から {role} を外せませんでした：{why}",
        Key::LogDiscordGone => {
            "Discordの応答は404でした（メンバーがサーバーを退出したか、ロールが削除されています）。"
        }
        Key::LogDiscordFailed => "Discordの応答は {status} でした。",
        Key::LogOwnerNeeds2faGrant => {
            "Discordの応答は403（コード60003）でした。このサーバーはモデレーション操作に2FAを必須にしていますが、Keygateのアプリケーションを所有するアカウントが2FAをオンにしていません。解決方法：**Keygateアプリケーションの所有者が2FAをオンにする必要があります**（Discord：ユーザー設定 → マイアカウント）。オンになれば、メンバーにロールが付与されます。"
        }
        Key::LogOwnerNeeds2faRemove => {
            "Discordの応答は403（コード60003）でした。このサーバーはモデレーション操作に2FAを必須にしていますが、Keygateのアプリケーションを所有するアカウントが2FAをオンにしていません。解決方法：**Keygateアプリケーションの所有者が2FAをオンにする必要があります**（Discord：ユーザー設定 → マイアカウント）。それまではメンバーのロールはそのままで、2FAがオンになれば外されます。"
        }
        Key::LogForbidden => {
            "Discordの応答は403（forbidden：権限不足）でした。解決方法：Keygateのロールに **ロールの管理** 権限を与え、サーバー設定 → ロール で、Keygateのロールを {role} より **上** にドラッグしてください。その後、メンバーはもう一度 `/認証` を実行できます。"
        }
        Key::LogGuideOnJoin => {
            "📬 参加時のガイド：新メンバー {sent} 人に2FAガイドを送りました。送らなかった数：DMが閉じている {closed}、この30日以内に受け取り済み {recent}、ボット {bots}、上限（{window} 秒あたり {per_window}）超過 {capped}。"
        }
        Key::LogUnverified => {
            "⏳ 認証していない新メンバー：DMでリマインド {reminded} 人（DMが閉じている {closed} 人）、キック {kicked} 人、対象外 {exempt} 人（ボット、サーバー所有者、参加後にロールを付与されたメンバー、Keygateのロールより上のロールを持つメンバー）、待機中 {waiting} 人。キックは1分あたり最大 {per_pass} 人までで、残りは順番を待ちます。"
        }
        Key::LogKickRefused => {
            "⚠️ 認証しなかったメンバーをキックできませんでした。Discordに拒否されました（403）。Keygateのロールに **メンバーをキック** 権限を与えてメンバーのロールより上にドラッグするか、`/gate セットアップ kick_after:off` でキックをオフにしてください。"
        }
        Key::LogTwoPersonOn => "2人承認：{on}。",
        Key::LogUnverifiedSettings => {
            "認証していないメンバー：リマインド {remind}、キック {kick}（参加からの時間）。"
        }
        // Slash commands: the moderator commands' names, and every option's description
        Key::CommandGateSetupName => "セットアップ",
        Key::CommandGateDropName => "終了",
        Key::CommandGatePanelName => "パネル",
        Key::CommandGateStatusName => "ステータス",
        Key::CommandGateUnlockName => "ロック解除",
        Key::CommandGateRevokeName => "ロール剥奪",
        Key::CommandGateResetName => "リセット",
        Key::CommandGateBypassName => "ワンタイムコード",
        Key::CommandGateStatsName => "統計",
        Key::CommandGateAuditName => "監査ログ",
        Key::CommandGateConfigName => "設定",
        Key::CommandGateBypassDescription => {
            "スマホをなくしたメンバー用のワンタイムコード（24時間以内に1回だけ使えます）"
        }
        Key::OptionVerifyRole => "認証するロール（省略時：取得できるロールから選びます）",
        Key::OptionSetupRole => "正しいコードの入力後にKeygateが付与するロール",
        Key::OptionSetupEligible => {
            "このロールをすでに持つメンバーだけが通過可能（例：@Moderator）"
        }
        Key::OptionSetupLasts => {
            "通過のたびに、この期間が過ぎたらロールを外す。例：1h、7d（1m〜30d。off で解除）"
        }
        Key::OptionSetupReverifyEvery => {
            "この間隔で再通過しないとロールを外す。例：30d（1d〜365d。off で解除）"
        }
        Key::OptionSetupDiscord2fa => {
            "自分のDiscord 2FAを確認済みのメンバーだけが通過可能（/2fa 確認 で、30日以内）"
        }
        Key::OptionSetupDiscord2faRole => {
            "/2fa 確認 で自分のDiscord 2FAがオンと確認されたメンバーに付与するロール（ゲートではない）"
        }
        Key::OptionSetupLogChannel => "認証とモデレーター操作のKeygateログを投稿するチャンネル",
        Key::OptionSetupGuideOnJoin => "新メンバーにDiscord自体の2FAのガイドを送る",
        Key::OptionSetupModeratorCode => {
            "セットアップ、終了、ロック解除、ロール剥奪、リセットの前に、モデレーターに認証アプリのコードを求める"
        }
        Key::OptionSetupRemindAfter => {
            "この期間が過ぎても認証していない新メンバーにDMを送る。例：1d（1m〜30d。off で解除）"
        }
        Key::OptionSetupKickAfter => {
            "この期間が過ぎても認証していない新メンバーをキックする。例：7d（1m〜30d。off で解除）"
        }
        Key::OptionSetupTwoPersonReset => {
            "リセットとワンタイムコードに、ログチャンネルでの別のモデレーターの承認を必須にする"
        }
        Key::OptionDropRole => "ゲートを終了するロール（持っているメンバーはそのまま保持）",
        Key::OptionPanelChannel => "投稿先（省略時：このチャンネル）",
        Key::OptionPanelRole => "「認証する」ボタンの対象ゲート（省略時：メンバーが選択）",
        Key::OptionMember => "メンバー",
        Key::OptionRevokeUser => "ゲートのロールを外すメンバー（認証アプリの設定は残ります）",
        Key::OptionRevokeRole => {
            "このゲートのロールだけ（省略時：持っているすべてのゲートのロール）"
        }
        Key::OptionResetReason => "理由（監査ログに記録されます）",
        Key::OptionAuditUser => "このメンバーだけ",
    }
}
