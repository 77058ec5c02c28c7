//! Turkish (tr).
//! Informal "sen", as Discord's Turkish interface uses; Discord's own labels as Discord shows them in Turkish, or in English where unsure.

use crate::guide::catalogue::Key;

pub fn text(key: Key) -> &'static str {
    match key {
        // Errors and refusals
        Key::ReplySomethingWentWrong => {
            "Bizim tarafımızda bir şeyler ters gitti. Birazdan tekrar dene; sorun devam ederse bir moderatöre haber ver."
        }
        Key::ReplyDatabaseDown => {
            "Keygate şu anda veritabanına ulaşamıyor. Lütfen birazdan tekrar dene."
        }
        Key::ReplyNotConfigured => {
            "Bu sunucu doğrulama kapısını henüz kurmadı. Bir moderatör bunu `/gate kur` ile yapabilir."
        }
        Key::ReplyNotAGate => {
            "{role} bu sunucunun kapılarından biri değil (ya da artık değil). Hangi roller için doğrulama yapabileceğini görmek için `/doğrula` komutunu çalıştır."
        }
        Key::ReplyNotEligible => {
            "{role} kapısından yalnızca {needs} rolüne sahip üyeler geçebilir ve sende bu rol yok. Hiçbir deneme aleyhine sayılmadı. Bu role sahip olman gerektiğini düşünüyorsan bir moderatöre sor."
        }
        Key::ReplyNoGateOpen => {
            "Bu sunucunun kapıları yalnızca şu rollerden birine sahip üyeler için: {roles}. Sende bunların hiçbiri yok, yani burada doğrulaman gereken bir şey yok. Hiçbir deneme aleyhine sayılmadı."
        }
        Key::ReplyNotEnrolled => {
            "Bu sunucuda henüz bir kimlik doğrulama uygulaması kurmadın. Başlamak için `/doğrula` komutunu çalıştır."
        }
        Key::ReplyAlreadyEnrolled => {
            "Burada zaten kurulu bir kimlik doğrulama uygulaman var. `/doğrula` komutunu çalıştır ve uygulamanın gösterdiği 6 haneli kodu gir."
        }
        Key::ReplyEnrollmentExpired => {
            "Kurulum 15 dakikadan uzun sürdüğü için güvenliğin adına süresi doldu. Yeni bir QR koduyla baştan başlamak için `/doğrula` komutunu çalıştır."
        }
        Key::ReplyNeedsAuthenticator => {
            "Bunun için lütfen yedek kod değil, kimlik doğrulama uygulamandaki 6 haneli kodu kullan. Yedek kodlar telefonunu kaybettiğinde içeri girmek içindir; kurulumunu değiştirmek ise telefonun kendisini gerektirir, çünkü Discord oturumunu çalan biri kaydettiğin yedek kodları da ele geçirmiş olabilir."
        }
        Key::ReplyNotACode => {
            "Bu geçerli bir kod değil. Kimlik doğrulama uygulamanın şu anda gösterdiği 6 haneyi (örneğin `123456`) ya da yedek kodlarından birini (`1ABC-DEFG-HJKM-NPQR` gibi) gir."
        }
        Key::ReplyWrongCode => {
            "Bu kod eşleşmedi. Kimlik doğrulama uygulamanda bu sunucuya ait kayda baktığından emin ol ve şu anda gösterilen kodu yaz."
        }
        Key::ReplyReplayed => {
            "Bu kod zaten kullanıldı, bu yüzden tekrar kullanılamaz. Uygulamanın yeni bir kod göstermesini bekle (kodlar her 30 saniyede bir değişir). Kodu sen kullanmadıysan bir moderatöre haber ver: biri onu görmüş olabilir."
        }
        Key::ReplyLockedUntil => {
            "Çok fazla yanlış kod girildi. Güvenliğin için doğrulama şu zamana kadar durduruldu: {when}. O zaman tekrar dene."
        }
        Key::ReplyLockedUntilUnlocked => {
            "Çok fazla yanlış kod girildi: bir moderatör kilidi açana kadar bu sunucuda hesabın için doğrulama kilitli."
        }
        Key::ReplyGuildOnly => "Keygate bir sunucunun içinde çalışır. Bu komutu orada çalıştır.",
        Key::ReplyStaleForm => "Bu form artık güncel değil. Lütfen komutu yeniden çalıştır.",
        Key::ReplyOnlyModerators => {
            "`/gate` komutunu yalnızca moderatörler kullanabilir (**Sunucuyu Yönet** izni gerekir)."
        }
        Key::ReplyNotVerified => "Bu üye şu anda doğrulanmış değil.",
        Key::ReplyBadArgument => {
            "Bu seçeneği okuyamadım. Lütfen Discord'un gösterdiği listeden seç, sonra tekrar dene."
        }
        Key::ReplyNotLocked => "Bu üye kilitli değil.",
        Key::ReplyBusy => {
            "Kodunun başka bir kontrolü hâlâ sürüyor. Lütfen biraz bekle, sonra tekrar dene."
        }
        Key::ReplyTooManySetups => {
            "Son bir saat içinde 3 kez kimlik doğrulama uygulaması kurmaya başladın. Güvenliğin için yeniden başlayabileceğin zaman: {when}."
        }
        Key::ReplyTooManyRemovals => {
            "Bugün buradaki kimlik doğrulama kurulumunu 3 kez kaldırdın. Güvenliğin için yeniden kaldırabileceğin zaman: {when}."
        }
        Key::ReplyTooManyBackupCodeSets => {
            "Bugün 3 kez yeni yedek kod seti oluşturdun. Güvenliğin için bir tane daha oluşturabileceğin zaman: {when}. Şu anki kodların çalışmaya devam ediyor."
        }
        // Enrollment
        Key::ReplyNeedsDiscord2fa => {
            "{role} kapısı yalnızca kendi Discord hesabında iki faktörlü kimlik doğrulama (2FA) açık olan üyeler içindir. Keygate son 30 gün içinde seninkinin açık olduğunu görmedi, bu yüzden hiçbir deneme aleyhine sayılmadı.\n\nBunu tarayıcında göstermek için düğmeye bas (bir dakika sürer), sonra tekrar dene. 2FA kapalıysa sayfa onu nasıl açacağını gösterir."
        }
        Key::EnrollInstructions => {
            "**Kimlik doğrulama uygulamanı kur** (bu mesajı yalnızca sen görebilirsin)\n1. Telefonunda yoksa bir kimlik doğrulama uygulaması yükle: Google Authenticator, Microsoft Authenticator, Aegis, 2FAS ya da kodları destekleyen bir parola yöneticisi.\n2. Uygulamada **+** simgesine dokun ve aşağıdaki QR kodunu tara. Kamera yok mu? \"Kurulum anahtarı gir\" seçeneğini seç ve şunu yaz:\n`{key}`\n3. Uygulama artık her 30 saniyede bir değişen 6 haneli bir kod gösteriyor. **Kodu gir** düğmesine bas ve bu kodu yaz.\n\nBu kurulumun süresinin dolacağı zaman: {expires}. Bu QR kodunu veya anahtarı asla paylaşma: onlara sahip olan herkes senin kodlarını üretebilir."
        }
        Key::EnrollEnterCodeButton => "Kodu gir",
        Key::PickGatePrompt => {
            "Hangi rol için doğrulama yapmak istiyorsun? Aşağıdan birini seç (bunu yalnızca sen görebilirsin)."
        }
        Key::PickGatePlaceholder => "Bir rol seç",
        Key::ConfirmModalTitle => "Kimlik doğrulama uygulamanı onayla",
        Key::VerifyModalTitle => "Sen olduğunu doğrula",
        Key::BackupCodesModalTitle => "Yeni yedek kodlar",
        Key::RemoveModalTitle => "Kimlik doğrulayıcını kaldır",
        Key::CodeInputLabel => "Uygulamandaki 6 haneli kod",
        Key::CodeOrBackupInputLabel => "Uygulamandaki kod ya da bir yedek kod",
        Key::BackupCodesFirstTime => {
            "✅ **Kimlik doğrulama uygulaman kuruldu.**\n\nİşte **yedek kodların**. Telefonunu kaybedersen her biri, 6 haneli kodun yerine bir kez çalışır. Onları şimdi kaydet (aşağıdaki dosya, bir parola yöneticisi ya da kâğıt): bir daha asla gösterilmeyecekler."
        }
        Key::BackupCodesRenewed => {
            "🔑 **Yeni yedek kodların.** Eski kodların az önce çalışmayı bıraktı. Bunları şimdi kaydet: bir daha asla gösterilmeyecekler."
        }
        Key::BackupCodesFileIntro => {
            "\"{server}\" Discord sunucusu için Keygate yedek kodları\nHer kod, kimlik doğrulama uygulamandaki 6 haneli kodun yerine bir kez çalışır.\nBu dosyayı güvenli ve gizli bir yerde sakla (bir parola yöneticisinde ya da kâğıda basılı olarak)."
        }
        // Verification
        Key::VerifiedAuthenticator => "✅ Kimlik doğrulama uygulamanla doğrulandın.",
        Key::VerifiedBackup => {
            "✅ Bir yedek kodla doğrulandın. O kod artık kullanıldı; kalan kod sayısı: {remaining}."
        }
        Key::VerifiedBackupLow => {
            "✅ Bir yedek kodla doğrulandın. ⚠️ Yalnızca {remaining} yedek kodun kaldı: yeni bir set oluşturmak için `/2fa yedek-kodlar` komutunu çalıştır."
        }
        Key::RoleGranted => "Rolün verildi. Hoş geldin!",
        Key::RolePending => "Rolün yolda; görünmesi bir dakika sürebilir.",
        Key::RoleForbidden => {
            "Doğrulandın, ama sana {role} rolünü veremedim: Discord reddetti (Rolleri Yönet iznim yok ya da rolüm o rolün altında). Moderatörlere haber verildi; sorunu düzelttiklerinde rolü alacaksın."
        }
        Key::RoleOwnerNeeds2fa => {
            "Doğrulandın, ama sana {role} rolünü henüz veremiyorum: bu sunucu moderasyon için iki faktörlü kimlik doğrulama (2FA) istiyor ve Keygate botunun sahibi kendi Discord hesabında 2FA'yı açmamış. Moderatörlere haber verildi; bu düzeltilir düzeltilmez rolü alacaksın."
        }
        Key::RoleGone => {
            "Doğrulandın, ama rol eklenemedi: Discord'a göre artık bu sunucuda değilsin ya da rol silinmiş. Hâlâ buradaysan lütfen bir moderatöre haber ver."
        }
        Key::RoleFailed => {
            "Doğrulandın, ama Discord rolü eklemeyi reddetti. Moderatörlere haber verildi."
        }
        Key::RoleTimed => {
            "⏳ {role} rolü şu zamana kadar sende: {when}. İşin bittiğinde rolü erkenden bırakmak için **Şimdi bitir** düğmesine bas."
        }
        Key::EndNowButton => "Şimdi bitir",
        Key::RoleEnded => {
            "Tamam: {role} rolü kaldırılıyor. Yeniden ihtiyacın olduğunda `/doğrula` komutunu çalıştır."
        }
        Key::RoleEndNotHeld => {
            "Artık kapıdan aldığın {role} rolü sende değil, bu yüzden bitirilecek bir şey yok."
        }
        Key::RoleNotEligible => {
            "Kodun doğruydu, ama {role} kapısının gerektirdiği role artık sahip değilsin, bu yüzden rolü sana vermedim. Bunun bir hata olduğunu düşünüyorsan bir moderatöre sor."
        }
        Key::RoleDangerous => {
            "Kodun doğruydu, ama sana {role} rolünü vermedim: bu rolün artık güçlü moderatör izinleri var ve bu kapı her üyenin geçmesine izin veriyor. Moderatörlere haber verildi."
        }
        Key::RoleSuperseded => {
            "Rolün sonunda eklenmedi: daha sonraki bir değişiklik onun yerini aldı (bir moderatör rolü kaldırdı ya da süresi doldu). Hâlâ ihtiyacın varsa `/doğrula` komutunu yeniden çalıştır."
        }
        Key::Removed => {
            "Tamam: bu sunucu için kimlik doğrulayıcın ve yedek kodların silindi, doğrulanmış rolün de kaldırılıyor. Yeniden kurmak için istediğin zaman `/doğrula` komutunu çalıştır."
        }
        // Status
        Key::StatusBody => {
            "**Kimlik doğrulayıcı:** {enrollment}\n**Kapıdan gelen roller:** {verified}\n**Kalan yedek kodlar:** {codes}\n**Kilit:** {lockout}\n**Son doğrulama:** {last}"
        }
        Key::StatusEnrollmentNone => "kurulmadı",
        Key::StatusEnrollmentPending => {
            "kurulum başladı, ilk kod bekleniyor (son geçerlilik: {when})"
        }
        Key::StatusEnrollmentExpired => "kurulum tamamlanmadan süresi doldu",
        Key::StatusEnrollmentConfirmed => "kuruldu: {when}",
        Key::StatusYes => "evet",
        Key::StatusNo => "hayır",
        Key::StatusHeldUntil => "{role} (bitiş: {when})",
        Key::StatusHeldReverify => "{role} (şu zamandan önce yeniden doğrula: {when})",
        Key::StatusLockoutNone => "yok",
        Key::StatusLockoutUntil => "kilitli (bitiş: {when})",
        Key::StatusLockoutModerator => "bir moderatör açana kadar kilitli",
        Key::StatusNever => "hiçbir zaman",
        // The verification panel (posted in the server's language)
        Key::PanelBody => {
            "🔐 **Doğrulama**\nBu sunucu, erişim vermeden önce üyelerinden bir kimlik doğrulama uygulamasındaki kodla gerçekten kendileri olduklarını kanıtlamalarını ister. Başlamak için **Doğrula** düğmesine bas (ilk seferde yaklaşık bir dakika sürer).\nİki faktörlü kimlik doğrulamada yeni misin? **2FA rehberi** düğmesine bas."
        }
        Key::PanelVerifyButton => "Doğrula",
        Key::PanelGuideButton => "2FA rehberi",
        // Moderator replies
        Key::GateRoleProblem => "Bu rolü henüz kullanamıyorum. {problem}",
        Key::GateRoleEveryone => {
            "Bu, her üyenin zaten sahip olduğu @everyone rolü. \"Doğrulanmış\" gibi bir rol oluştur ve onun yerine onu seç."
        }
        Key::GateRoleManaged => {
            "{role} rolü bir entegrasyon (bir bot ya da bir abonelik) tarafından yönetiliyor, bu yüzden kimse onu elle veremez. \"Doğrulanmış\" gibi normal bir rol oluştur ve onun yerine onu seç."
        }
        Key::GateRoleNoManageRoles => {
            "**Rolleri Yönet** iznim yok, bu yüzden rolü veremedim. Sunucu Ayarları → Roller bölümünde rolüme Rolleri Yönet iznini ver, sonra `/gate kur` komutunu yeniden çalıştır."
        }
        Key::GateRoleTooHigh => {
            "{role} rolü benim en yüksek rolümün üstünde (ya da onunla aynı seviyede) ve Discord yalnızca benimkinin altındaki rolleri vermeme izin veriyor. Sunucu Ayarları → Roller bölümünde rolümü {role} rolünün üstüne sürükle, sonra `/gate kur` komutunu yeniden çalıştır."
        }
        Key::GateRoleInvokerNoManageRoles => {
            "Kapının vereceği rolü seçmek için senin de **Rolleri Yönet** iznine sahip olman gerekir."
        }
        Key::GateRoleInvokerTooLow => {
            "{role} rolü senin en yüksek rolünün üstünde (ya da onunla aynı seviyede), bu yüzden onu kendin veremezsin; kapı da senin adına veremez. Daha yüksek rolü olan birine sor."
        }
        Key::GateSetupDone => {
            "✅ Kapı kaydedildi: {gate}.\n{settings}\nSıradaki adım: `/gate panel` ile Doğrula düğmesini paylaş."
        }
        Key::GateSetupMembersIntent => {
            "⚠️ Katılımda rehber açık, ama bu bot Server Members intent'i olmadan başlatıldı, bu yüzden üyelerin katıldığını göremiyor. Botu çalıştıran kişi bunu açabilir: README'ye bak (\"Guide on join\")."
        }
        Key::GateSetupOwnerNeeds2fa => {
            "⚠️ Bu sunucu moderasyon işlemleri için 2FA istiyor ve Keygate uygulamasının sahibi olan hesap 2FA'yı açmamış, bu yüzden Discord, Keygate'in verdiği ya da aldığı her rolü reddedecek. Keygate uygulamasının sahibi 2FA'yı açmalı (Discord: Kullanıcı Ayarları → Hesabım); bunu başka hiçbir şey düzeltmez."
        }
        Key::GateSetupLogChannelRefused => {
            "⚠️ {channel} kayıt kanalına mesaj gönderemedim: Discord reddetti. Orada rolüme **Kanalı Görüntüle** ve **Mesaj Gönder** izinlerini ver, sonra `/gate kur` komutunu yeniden çalıştır; o zamana kadar yalnızca her 15 dakikada bir deneyeceğim ve aradaki kayıt satırları kaybolacak."
        }
        Key::ReplyServerPaused => {
            "⏸️ Discord son birkaç dakikada bu sunucudaki çok fazla isteğimi reddetti (mesaj gönderemediğim bir kanal ya da veremediğim roller), bu yüzden şimdilik burada geri duruyorum. Bunu düzelt, sonra yaklaşık 10 dakika sonra tekrar dene."
        }
        Key::GateSetupEligibleWithoutIntent => {
            "ℹ️ Bu bot Server Members intent'i olmadan çalışıyor, bu yüzden rol değişikliklerini görmüyor: uygun rolü kaybeden biri bu kapının rolünü hemen değil; bir sonraki `/doğrula` kullanımında, rolün süresi dolduğunda ya da yeniden doğrulama zamanında veya yeni bir verilişten önce kaybeder. Botu çalıştıran kişi intent'i açabilir (README'ye bak)."
        }
        Key::GateLastsAndReverify => {
            "Bir kapıda hem `lasts` hem `reverify_every` olamaz: süreli bir rol, süresi dolunca zaten kaldırılır. Birini tut (diğerini `off` yap), sonra tekrar dene."
        }
        Key::GateModeratorCodeEnrollFirst => {
            "`moderator_code` ayarını açmadan önce burada `/doğrula` ile kendi kimlik doğrulama uygulamanı kur: bundan sonra moderatör komutları onun kodunu ister ve uygulama olmadan kendini dışarıda bırakırsın."
        }
        Key::GateTooManyGates => {
            "Bu sunucuda zaten {max} kapı var; Keygate'in izin verdiği en yüksek sayı bu. Önce `/gate sonlandır` ile birini kaldır, sonra tekrar dene."
        }
        Key::GateDropped => {
            "Tamam: Keygate artık {role} rolünü korumuyor. Bu role sahip üyelerde rol kalıyor (süreli bir rol yine de zamanı gelince kaldırılır)."
        }
        Key::GateNotAGate => {
            "{role} rolü burada bir kapı değil. `/gate ayarlar` bu sunucunun kapılarını listeler."
        }
        Key::GateDangerous => {
            "⚠️ {role} rolünün güçlü izinleri var: {permissions}. `eligible` olmadan, kimlik doğrulama uygulaması kuran her üye bu izinleri alırdı. Geçebilecek rolle birlikte `eligible:` ekle (örneğin `eligible:@Moderator`) ya da bu izinleri {role} rolünden kaldır (rolün ayarlarında ve kanal izinlerinde), sonra tekrar dene."
        }
        Key::PermAdministrator => "Yönetici",
        Key::PermManageServer => "Sunucuyu Yönet",
        Key::PermManageRoles => "Rolleri Yönet",
        Key::PermManageChannels => "Kanalları Yönet",
        Key::PermManageWebhooks => "Webhook'ları Yönet",
        Key::PermBanMembers => "Üyeleri Yasakla",
        Key::PermKickMembers => "Üyeleri At",
        Key::PermTimeoutMembers => "Üyelere Zaman Aşımı Uygula",
        Key::PermManageMessages => "Mesajları Yönet",
        Key::PermMentionEveryone => "@everyone, @here ve Tüm Rollerden Bahset",
        Key::GateDurationUnreadable => {
            "`{value}` değerini `{option}` için bir süre olarak okuyamıyorum. `90m`, `1h`, `12h` ya da `7d` gibi yaz ({min} ile {max} arası) veya temizlemek için `off` yaz."
        }
        Key::GateDurationOutOfRange => {
            "`{option}` {min} ile {max} arasında olmalı; `{value}` bu aralığın dışında. Bu aralıkta bir süre seç ya da temizlemek için `off` yaz."
        }
        Key::GateEligibleEveryone => {
            "`eligible` @everyone olamaz: her üyede bu rol var, bu yüzden {role} kapısından kimin geçeceğini sınırlamaz. Üyelerin önceden sahip olması gereken rolü seç (örneğin @Moderator) ya da `eligible` seçeneğini kullanma."
        }
        Key::GateEligibleSelf => {
            "`eligible` {role} rolünün kendisi olamaz: yalnızca bu role zaten sahip olanlar geçebilirdi, yani hiçbir zaman yeni biri geçemezdi. Başka bir rol seç (örneğin @Moderator (aktif) kapısı için @Moderator)."
        }
        Key::GateEligibleOpenGate => {
            "`eligible` {eligible} olamaz: her üye bu rolü kendi kapısından alabilir, bu yüzden {role} kapısından kimin geçeceğini sınırlamaz. Moderatörlerin elle verdiği bir rol seç (örneğin @Moderator)."
        }
        Key::StepUpModalTitle => "Moderatör kontrolü: kodun",
        Key::StepUpEnrollFirst => {
            "Bu sunucu, bu komuttan önce moderatörlerden kimlik doğrulama uygulamalarındaki bir kodu istiyor ve sen burada henüz bir uygulama kurmadın. Kurmak için `/doğrula` komutunu çalıştır, sonra tekrar dene."
        }
        Key::StepUpExpired => {
            "Bu kontrolün süresi doldu (5 dakika geçerlidir) ya da zaten kullanıldı. Komutu yeniden çalıştır."
        }
        Key::StepUpNotDone => {
            "Komut uygulanmadı. Yeni bir kodun olduğunda komutu yeniden çalıştır."
        }
        Key::GateNone => "yok",
        Key::GateOn => "açık",
        Key::GateOff => "kapalı",
        Key::GateRuleEveryone => "her üye geçebilir",
        Key::GateRuleEligible => "yalnızca {role} rolüne sahip üyeler",
        Key::GateRulePermanent => "kalıcı",
        Key::GateRuleLasts => "her geçişten {period} sonra kaldırılır",
        Key::GateRuleReverify => "her {period} içinde yeniden geçilmezse kaldırılır",
        Key::GateDiscord2faNeedsWeb => {
            "`discord_2fa`, Discord 2FA'sının tarayıcıda kontrol edilmesini gerektiriyor; bu özellik bu botta açık değil, bu yüzden hiçbir üye o kapıdan geçemezdi. Hiçbir şey değiştirilmedi. Botu çalıştıran kişi bunu açabilir: README'ye bak (\"Confirming Discord's own 2FA in the browser\")."
        }
        Key::GateRuleDiscord2fa => "Discord 2FA'sı son 30 gün içinde onaylanmış",
        Key::GateSettings => {
            "Kayıt kanalı: {log}. Katılımda rehber: {guide}. Moderatör kodu: {code}."
        }
        Key::GateSettingsDiscord2faRole => {
            "`/2fa kontrol` ile kendi Discord 2FA'sı açık bulunan üyeler {role} rolünü alır; daha sonraki bir kontrol 2FA'yı kapalı bulursa rol geri alınır."
        }
        Key::GateDiscord2faRoleIsAGate => {
            "{role} bu sunucunun kapılarından biri, yani Keygate onu bir koddan sonra veriyor. Discord 2FA'sı olan üyeler için başka bir rol seç ya da önce `/gate sonlandır` ile o kapıyı kaldır."
        }
        Key::GateRoleIsDiscord2faRole => {
            "{role}, Keygate'in Discord 2FA'sı olan üyelere kod olmadan verdiği rol (`discord_2fa_role`), bu yüzden aynı zamanda bir kapı olamaz. Önce bunu `/gate sonlandır role:{role}` ile durdur ya da kapı için başka bir rol seç."
        }
        Key::GatePanelPosted => "✅ Doğrulama paneli {channel} kanalında paylaşıldı.",
        Key::GatePanelForbidden => {
            "{channel} kanalına mesaj gönderemiyorum. Orada rolüme **Kanalı Görüntüle** ve **Mesaj Gönder** izinlerini ver, sonra tekrar dene."
        }
        Key::GateChannelNotHere => {
            "{channel} bu sunucuda değil. Bu sunucunun kanallarından birini seç, sonra tekrar dene."
        }
        Key::GateTargetThemselves => {
            "Bunu kendine yapamazsın: başka bir moderatörün yapması gerekir. Böylece bir moderatörün oturumunu çalan biri, o moderatörün kendi ikinci faktörünü sıfırlayamaz ya da kilidini açamaz."
        }
        Key::GateTargetNotBelow => {
            "{user} kullanıcısının senin en yüksek rolünle aynı seviyede ya da daha yüksek bir rolü var, bu yüzden bunu ona yapamazsın. Daha yüksek rolü olan birine sor."
        }
        Key::GateUnlocked => "🔓 {user} yeniden kod deneyebilir.",
        Key::GateRevoked => {
            "{user} kullanıcısından {role} rolü kaldırıldı. `/doğrula` ile yeniden doğrulama yapabilir."
        }
        Key::GateResetDone => {
            "{user} sıfırlandı: kimlik doğrulayıcısı ve yedek kodları silindi, rol de kaldırılıyor. {note}"
        }
        Key::GateResetTold => "Kendisine DM ile haber verildi.",
        Key::GateResetNotTold => {
            "Ona DM gönderemedim (DM'leri kapalı), bu yüzden lütfen sen haber ver."
        }
        Key::GateResetDm => {
            "**{server}** sunucusunun bir moderatörü oradaki iki faktörlü kimlik doğrulama kurulumunu sıfırladı (sebep: `{reason}`). Kimlik doğrulama uygulamandaki eski kayıt ve yedek kodların artık çalışmıyor. Yeniden kurmak için sunucuda `/doğrula` komutunu çalıştır."
        }
        Key::GateStats => {
            "**Kayıtlı üyeler:** {enrolled}\n**Süren kurulumlar:** {pending}\n**Şu anda doğrulanmış:** {verified}\n**Şu anda kilitli:** {locked}\n**Bekleyen rol değişiklikleri:** {waiting}"
        }
        Key::GateAuditEmpty => "Denetim kaydı boş.",
        Key::GateConfig => "**Kapılar** ({count}/{max}):\n{gates}\n{settings}",
        Key::GateConfigNoGates => "henüz yok (`/gate kur` ile bir tane ekle)",
        // The walkthrough of Discord's own two-factor authentication
        Key::GuideSentDm => "📬 Rehberi sana doğrudan mesajla gönderdim.",
        Key::GuideDmClosed => {
            "Bu sunucu için doğrudan mesajların kapalı olduğundan sana DM gönderemedim, bu yüzden rehber burada. DM'lere izin vermek için: sunucunun menüsünü aç (en üstteki adı), sonra **Gizlilik Ayarları**'na git (bazı sürümlerde: sunucu simgesine sağ tıkla → Gizlilik Ayarları) ve **Doğrudan Mesajlar** seçeneğini aç."
        }
        Key::GuidePageOf => "Sayfa {page}/{total}",
        Key::GuideBackButton => "Geri",
        Key::GuideNextButton => "İleri",
        Key::GuideDoneButton => "Bitti",
        Key::GuideFinished => {
            "👍 Rehberin tamamı bu kadar. Yeniden okumak için istediğin zaman `/2fa rehber` komutunu çalıştır."
        }
        Key::Guide1Title => "İki faktörlü kimlik doğrulama neden önemli",
        Key::Guide1Body => {
            "Parolan tek başına yeterli değil. Çalınmış parolalar Discord'da sürekli denenir ve **token çalan kötü amaçlı yazılımlar** (çoğunlukla \"bedava Nitro\", oyun hileleri ya da sahte programların içine gizlenir) açık Discord oturumunu kopyalar; böylece hırsızın parolana ihtiyacı bile olmaz.\n\nİki faktörlü kimlik doğrulama (2FA) ikinci bir adım ekler: telefonundaki bir uygulamadan gelen ve her 30 saniyede bir değişen 6 haneli bir kod. Parolanı ele geçiren biri bile telefonun olmadan giriş yapamaz.\n\nSonraki sayfalar 2FA'yı nasıl açacağını, yedek kodlarını nasıl güvende tutacağını ve telefonunu kaybedersen ne yapacağını gösteriyor."
        }
        Key::Guide2Title => "Kimlik doğrulama uygulamasını aç (bilgisayar veya tarayıcı)",
        Key::Guide2Body => {
            "1. Telefonuna bir kimlik doğrulama uygulaması yükle: Google Authenticator, Microsoft Authenticator, Aegis, 2FAS ya da kod gösteren bir parola yöneticisi.\n2. Discord'da **Kullanıcı Ayarları**'nı (adının yanındaki dişli simgesi) aç → **Hesabım**.\n3. **Enable Authenticator App** düğmesine bas. Bunun için önce e-posta adresinin doğrulanmış olması gerekir.\n4. Discord parolanı gir, sonra QR kodunu uygulamanla tara (ya da altında gösterilen anahtarı yaz).\n5. Uygulamanın gösterdiği 6 haneli kodu yaz. Tamam: 2FA açık."
        }
        Key::Guide3Title => "Kimlik doğrulama uygulamasını aç (telefon)",
        Key::Guide3Body => {
            "1. Bir kimlik doğrulama uygulaması yükle (önceki sayfaya bak).\n2. Discord uygulamasında profil resmine, sonra dişli simgesine (**Ayarlar**) → **Hesap** seçeneğine dokun.\n3. **Enable Authenticator App** seçeneğine dokun ve parolanı gir.\n4. Aynı telefonda kendi ekranını tarayamazsın: Discord'un gösterdiği **anahtarı** kopyala ve kimlik doğrulama uygulamana yapıştır (\"Kurulum anahtarı gir\").\n5. Discord'a geri dön ve uygulamanın gösterdiği 6 haneli kodu yaz."
        }
        Key::Guide4Title => "Yedek olarak SMS",
        Key::Guide4Body => {
            "Kimlik doğrulama uygulaması açıldıktan sonra telefon numaranı yedek olarak ekleyebilirsin: **Kullanıcı Ayarları → Hesabım → Enable SMS**. Böylece uygulama yanında değilse Discord sana SMS ile bir kod gönderebilir.\n\nSMS bir uygulamadan daha zayıftır (telefon numaraları \"SIM swap\" denen SIM kart dolandırıcılığıyla çalınabilir), bu yüzden ana yöntem olarak uygulamayı kullan, SMS'i yalnızca yedek olarak gör."
        }
        Key::Guide5Title => "Güvenlik anahtarları ve geçiş anahtarları",
        Key::Guide5Body => {
            "Bir **güvenlik anahtarı** (YubiKey gibi küçük bir USB ya da NFC anahtarı) veya bir **geçiş anahtarı** (passkey; telefonunda ya da bilgisayarında saklanır ve parmak izin, yüzün ya da PIN'inle açılır) da ikinci adımın olabilir ve bunlar kimlik avıyla (phishing) ele geçirilemez.\n\nBir tane eklemek için: **Kullanıcı Ayarları → Hesabım → Security Keys**. Anahtar kaybolursa diye kimlik doğrulama uygulamanı ve yedek kodlarını da sakla."
        }
        Key::Guide6Title => "Discord'un yedek kodlarını kaydet",
        Key::Guide6Body => {
            "Yedek kodlar, telefonunu kaybedersen giriş yapmanı sağlar. Her biri 8 karakterdir ve `XXXX-XXXX` şeklinde gösterilir.\n\n1. **Kullanıcı Ayarları → Hesabım → View Backup Codes** yolunu aç.\n2. Parolanı gir, sonra Discord'un sana e-postayla gönderdiği doğrulama anahtarını gir.\n3. Kodları kaydet: yazdır ya da bir parola yöneticisinde sakla.\n\n⚠️ Kodları indirirsen dosyanın adı `discord_backup_codes.txt` olur. Token çalan kötü amaçlı yazılımlar tam olarak bu dosya adını arar, bu yüzden **dosyayı İndirilenler klasöründen taşı** (ya da yazdırıp sil).\n\n**Generate new codes** yeni bir set oluşturur; eskiler hemen çalışmayı bırakır."
        }
        Key::Guide7Title => "Yedek kodla giriş yapmak",
        Key::Guide7Body => {
            "Telefonunu mu kaybettin? Her zamanki gibi e-posta adresin ve parolanla giriş yap. Discord 6 haneli kodu istediğinde **Verify with something else**, sonra **Use a backup code** seçeneğini seç ve kaydettiğin kodlardan birini yaz.\n\nİçeri girdikten sonra yeni telefonunda 2FA'yı kur ve yeni yedek kodlar oluştur."
        }
        Key::Guide8Title => "Sorular",
        Key::Guide8Body => {
            "**Bir yedek kodu tekrar kullanabilir miyim?** Hayır. Her kod bir kez çalışır; kullandıktan sonra üstünü çiz.\n\n**Kaç tane kodum var?** Kodlarını ve hangilerini kullandığını görmek için **View Backup Codes** bölümünü aç. Azaldığında **Generate new codes** düğmesine bas.\n\n**Hepsini kullandım.** Hâlâ bir yerde oturumun açıksa View Backup Codes bölümünü aç ve hemen yeni bir set oluştur.\n\n**Telefonumu da kodlarımı da kaybettim.** Bu durumda Discord Destek 2FA'yı senin için kaldıramaz ve hesap kurtarılamaz. Yedek kodlarını güvenli bir yerde saklamak bu yüzden çok önemli."
        }
        Key::Guide9Title => "Bu sunucunun kendi doğrulaması",
        Key::Guide9Body => {
            "Discord'un 2FA'sı **girişini** korur. Ama kötü amaçlı bir yazılım açık oturumunu çalarsa hırsız girişi çoktan geçmiş olur.\n\nBu yüzden bu sunucunun kendi kapısı var: `/doğrula`, sana erişim vermeden önce telefonundaki bir kimlik doğrulama uygulamasından kod ister. Çalınmış bir oturumu elinde tutan biri bu kodu yine de üretemez.\n\nBu, kimlik doğrulama uygulamanda bu sunucunun QR koduyla kurulan, kendi yedek kodları olan **ayrı bir kayıttır**. Discord'un 2FA'sının yerini tutmaz: ikisini de kullan."
        }
        // On join (sent in the server's language)
        Key::JoinDm => {
            "👋 **{server}** sunucusuna hoş geldin! Discord hesabını güvende tutmak bu topluluğu da güvende tutar. İşte iki faktörlü kimlik doğrulamayı açmak için kısa bir rehber."
        }
        Key::ReverifyReminderDm => {
            "🔁 Merhaba! {server} sunucusunda {role} rolü için kimlik doğrulama uygulamanla yeni bir kontrol zamanı geldi. O sunucuda şu zamandan önce `/doğrula` komutunu çalıştır: {when}. Aksi hâlde Keygate rolü kaldırır (doğrulama yaparak istediğin zaman geri alabilirsin). Bu mesajda bilerek bağlantı yok: bir kodu asla başka bir yere yazma."
        }
        // Slash commands: names (where a language has its own) and descriptions
        // The browser check of Discord's own 2FA
        Key::Check2faLink => {
            "Tarayıcında Discord ile oturum açmak için düğmeye bas. Discord bunun üzerine Keygate'e tek bir şey söyler: hesabında iki faktörlü kimlik doğrulamanın (2FA) açık olup olmadığını. Keygate hiçbir oturum bilgisi saklamaz ve başka hiçbir şey okumaz.\n\nBağlantı bir kez, 10 dakika boyunca ve yalnızca senin için çalışır: kimseyle paylaşma."
        }
        Key::Check2faButton => "Discord 2FA'mı kontrol et",
        Key::Check2faUnavailable => {
            "Discord 2FA'sının tarayıcıda kontrolü bu botta açık değil. Yine de `/2fa rehber` içindeki adımlarla 2FA'yı açabilirsin."
        }
        Key::WebOnTitle => "Discord 2FA açık",
        Key::WebOnBody => {
            "Discord hesabında iki faktörlü kimlik doğrulama açık. Keygate bunu not etti, her şey hazır.\n\nBu sayfayı kapatıp Discord'a dönebilirsin."
        }
        Key::WebCheckedAccount => "**{name}** Discord hesabı için kontrol edildi.",
        Key::WebRoleComing => {
            "Sunucu, Discord 2FA'sı açık olan üyelere özel bir rol veriyor: birazdan sende olacak."
        }
        Key::WebOffTitle => "Discord 2FA kapalı",
        Key::WebOffBody => {
            "Discord hesabında iki faktörlü kimlik doğrulama (2FA) henüz açık değil. Parolanı ya da açık oturumunu ele geçiren herkes hesabını ele geçirebilir.\n\nİşte nasıl açacağın. İşin bittiğinde **Tekrar kontrol et** düğmesine bas."
        }
        Key::WebCheckAgainButton => "Tekrar kontrol et",
        Key::WebCancelledTitle => "Hiçbir şey kontrol edilmedi",
        Key::WebCancelledBody => {
            "Discord'un sayfasında iptal ettin, bu yüzden Keygate hiçbir şey kontrol etmedi ve kaydetmedi.\n\nTekrar denemek istediğinde aşağıdaki düğmeye bas (istediğin andan itibaren 10 dakika boyunca çalışır)."
        }
        Key::WebInvalidTitle => "Bu bağlantı çalışmıyor",
        Key::WebInvalidBody => {
            "Bu kontrol bağlantısı Keygate'in oluşturduğu bir bağlantı değil ya da kopyalanırken bir kısmı kayboldu. Hiçbir şey kontrol edilmedi.\n\nYeni bir bağlantı için Discord'da `/2fa kontrol` komutunu çalıştır."
        }
        Key::WebExpiredTitle => "Bu bağlantının süresi doldu",
        Key::WebExpiredBody => {
            "Kontrol bağlantıları, başkası kullanamasın diye 10 dakika çalışır. Hiçbir şey kontrol edilmedi.\n\nYeni bir bağlantı için Discord'da `/2fa kontrol` komutunu çalıştır."
        }
        Key::WebSpentTitle => "Bu bağlantı zaten kullanıldı",
        Key::WebSpentBody => {
            "Her kontrol bağlantısı bir kez çalışır. Başlattığı kontrol zaten tamamlandı.\n\nTekrar kontrol etmek istersen yeni bir bağlantı için Discord'da `/2fa kontrol` komutunu çalıştır."
        }
        Key::WebOtherAccountTitle => "Bu başka bir Discord hesabıydı",
        Key::WebOtherAccountBody => {
            "Bu bağlantı, oturum açan hesaptan farklı bir Discord hesabı için oluşturulmuştu, bu yüzden hiçbir şey kaydedilmedi.\n\nBu tarayıcıda, sunucuda kullandığın hesapla Discord'a giriş yap, sonra orada `/2fa kontrol` komutunu yeniden çalıştır."
        }
        Key::WebDiscordFailedTitle => "Discord girişi onaylamadı",
        Key::WebDiscordFailedBody => {
            "Discord, Keygate'e beklendiği gibi yanıt vermedi, bu yüzden hiçbir şey kaydedilmedi. Bu genellikle kısa sürer.\n\nLütfen bir dakika bekle, sonra yeni bir bağlantı için Discord'da `/2fa kontrol` komutunu çalıştır."
        }
        Key::WebDatabaseDownTitle => "Keygate sonucu kaydedemedi",
        Key::WebDatabaseDownBody => {
            "Keygate şu anda veritabanına ulaşamıyor, bu yüzden hiçbir şey kaydedilmedi.\n\nLütfen bir dakika bekle, sonra yeni bir bağlantı için Discord'da `/2fa kontrol` komutunu çalıştır."
        }
        Key::WebUnavailableTitle => "Discord 2FA kontrolü kapalı",
        Key::WebUnavailableBody => {
            "Bu Keygate, Discord 2FA'sını tarayıcıda kontrol edecek şekilde ayarlanmamış."
        }
        Key::WebNotFoundTitle => "Sayfa bulunamadı",
        Key::WebNotFoundBody => {
            "Burada hiçbir şey yok. Keygate'in bağlantıları Discord'daki bottan gelir."
        }
        Key::WebBusyTitle => "Aynı anda çok fazla kişi",
        Key::WebBusyBody => {
            "Aynı anda çok sayıda üye kontrol yapıyor, bu yüzden Keygate seninkini henüz alamadı. Hiçbir şey kontrol edilmedi.\n\nLütfen birkaç saniye bekle, sonra bu sayfayı yenile."
        }
        Key::CommandVerifyName => "doğrula",
        Key::CommandVerifyDescription => "Kimlik doğrulama uygulamanla doğrula ya da bir tane kur",
        Key::Command2faDescription => {
            "İki faktörlü kimlik doğrulama: durumun, yedek kodların ve Discord'un kendi 2FA'sı"
        }
        Key::Command2faGuideName => "rehber",
        Key::Command2faGuideDescription => {
            "Discord'un kendi iki faktörlü kimlik doğrulaması nasıl açılır"
        }
        Key::Command2faStatusName => "durum",
        Key::Command2faStatusDescription => {
            "Bu sunucudaki kaydın, doğrulaman, kalan yedek kodların ve kilit durumun"
        }
        Key::Command2faBackupCodesName => "yedek-kodlar",
        Key::Command2faBackupCodesDescription => {
            "Yeni bir yedek kod seti oluştur (kimlik doğrulama uygulamandan bir kod gerekir)"
        }
        Key::Command2faRemoveName => "kaldır",
        Key::Command2faRemoveDescription => {
            "Bu sunucu için kimlik doğrulayıcını ve yedek kodlarını sil (bir kod gerekir)"
        }
        Key::Command2faCheckName => "kontrol",
        Key::Command2faCheckDescription => {
            "Discord hesabında 2FA'nın açık olduğunu tarayıcında onayla"
        }
        Key::CommandGateDescription => "Moderatörler: doğrulama kapısını kur ve yönet",
        Key::CommandGateSetupDescription => {
            "Bir kapı (koddan sonra verilen rol) ekle ya da değiştir, Keygate ayarlarını düzenle"
        }
        Key::CommandGateDropDescription => {
            "Bir rolün kapısını kaldır (rolü olan üyelerde rol kalır)"
        }
        Key::CommandGatePanelDescription => {
            "Doğrulama panelini (Doğrula ve 2FA rehberi düğmeleri) bir kanalda paylaş"
        }
        Key::CommandGateStatusDescription => {
            "Bir üyenin kaydı, doğrulaması, kalan yedek kodları ve kilit durumu"
        }
        Key::CommandGateUnlockDescription => "Bir üyenin kilidini kaldır",
        Key::CommandGateRevokeDescription => {
            "Bir üyeden doğrulanmış rolünü al (kimlik doğrulayıcısı kalır, yeniden doğrulayabilir)"
        }
        Key::CommandGateResetDescription => {
            "Telefonunu kaybeden bir üyeyi sıfırla: kimlik doğrulayıcısını ve yedek kodlarını siler"
        }
        Key::CommandGateStatsDescription => "Sayılar: kayıtlı, doğrulanmış, kilitli",
        Key::CommandGateAuditDescription => {
            "Denetim kaydının en son girdileri, herkes ya da tek bir üye için"
        }
        Key::CommandGateConfigDescription => "Bu sunucudaki kapı ayarlarını göster",
        // Members' whole life at the gate: one-time codes, two-person approval, the unverified, stats
        Key::VerifiedBypass => {
            "✅ Kod kabul edildi: bir moderatörün sana verdiği tek kullanımlık kodla kapıdan geçtin. Bu kod artık kullanıldı ve eski kimlik doğrulama kurulumun silindi. Yeni telefonuna kimlik doğrulama uygulamanı kurmak için yakında `/doğrula` komutunu yeniden çalıştır: bir dahaki sefere ona ihtiyacın olacak."
        }
        Key::ReplyBypassExpired => {
            "Bu tek kullanımlık kodun süresi doldu (kodlar 24 saat geçerlidir). Bir moderatörden yenisini iste."
        }
        Key::GateBypassIssued => {
            "🔑 {user} için tek kullanımlık kod:\n`{code}`\n\nBu kod, uygulamadaki kodun yerine bir kez çalışır; son geçerlilik: {when}. Üye `/doğrula` komutunu çalıştırır ve kodu kutuya yazar. Kodu ona güvendiğin bir yoldan ilet, asla herkese açık bir kanalda değil. Ardından üye kimlik doğrulama uygulamasını yeniden kurar. Kod yalnızca bu sefer gösteriliyor."
        }
        Key::GateBypassNotEnrolled => {
            "{user} burada kimlik doğrulama uygulaması kurmamış, bu yüzden tek kullanımlık koda ihtiyacı yok: `/doğrula` komutunu çalıştırıp yeni telefonunu hemen kurabilir."
        }
        Key::GateTwoPersonOwnerOnly => {
            "İki moderatör onayı açıkken onu yalnızca sunucu sahibi kapatabilir veya kayıt kanalını değiştirebilir; böylece tek bir moderatör hesabı bunu geri alamaz. Hiçbir şey değiştirilmedi."
        }
        Key::GateAuditActor => " (yapan: {user})",
        Key::GateAuditSubject => " (üye: {user})",
        Key::GateTwoPersonNeedsLog => {
            "İki kişilik onay her isteği kayıt kanalında paylaşır ve bu sunucunun henüz bir kayıt kanalı yok. Aynı `/gate kur` komutuna `log_channel:` ekle, sonra tekrar dene. Hiçbir şey değiştirilmedi."
        }
        Key::GateApprovalRequested => {
            "⏳ İsteğin ikinci bir moderatörü bekliyor: {channel} kanalında *Onayla* ve *Reddet* düğmeleriyle duruyor; son geçerlilik: {when}. Kendi isteğini kendin onaylayamazsın."
        }
        Key::GateApprovalNotPosted => {
            "İsteği {channel} kayıt kanalında paylaşamadım, bu yüzden hiçbir şey istenmedi ya da değiştirilmedi. Orada rolüme **Kanalı Görüntüle** ve **Mesaj Gönder** izinlerini ver, sonra tekrar dene."
        }
        Key::ApproveButton => "Onayla",
        Key::DenyButton => "Reddet",
        Key::ApprovalOwnRequest => {
            "Bunu sen istedin, bu yüzden kararı başka bir moderatör vermeli. İki kişilik onayın amacı bu: çalınmış tek bir moderatör hesabı bunu tek başına yapamaz."
        }
        Key::ApprovalExpired => {
            "Bu isteğin süresi doldu (istekler 24 saat geçerlidir). Hâlâ gerekiyorsa komutu yeniden çalıştır."
        }
        Key::ApprovalAlreadyDecided => "Bu istek hakkında zaten karar verildi.",
        Key::ApprovalDenied => "🚫 Reddedildi: {user} için hiçbir şey değiştirilmedi.",
        Key::ApprovalNoteApproved => "✅ Onaylayan: {moderator}.",
        Key::ApprovalNoteDenied => "🚫 Reddeden: {moderator}.",
        Key::ApprovalNoteExpired => "⌛ Karar verilmeden süresi doldu.",
        Key::GateKickNeedsYourPermission => {
            "Doğrulama yapmayan üyeleri çıkarmamı istiyorsan senin de **Üyeleri At** iznine sahip olman gerekir. Sunucunun sahibine veya bir yöneticiye sor. Hiçbir şey değiştirilmedi."
        }
        Key::GateKickNeedsPermission => {
            "Doğrulama yapmayan üyeleri çıkarabilmem için **Üyeleri At** iznine ihtiyacım var. Sunucu Ayarları → Roller bölümünde bu izni rolüme ver, sonra `/gate kur` komutunu yeniden çalıştır. Hiçbir şey değiştirilmedi."
        }
        Key::GateKickBeforeRemind => {
            "`kick_after` ({kick}), `remind_after` ({remind}) süresinden daha uzun olmalı; böylece üyeler önce hatırlatmayı alır. Hiçbir şey değiştirilmedi."
        }
        Key::GateUnverifiedNeedsIntent => {
            "Doğrulama yapmamış üyelere hatırlatma göndermek ya da onları çıkarmak için Discord'un **Server Members** intent'i gerekir; bu botta o yok, bu yüzden Keygate kimin katıldığını hiç öğrenmiyor. Hiçbir şey değiştirilmedi. Botu çalıştıran kişi bunu Developer Portal'da (Bot → Privileged Gateway Intents) açıp Keygate'i yeniden başlatabilir."
        }
        Key::GateSettingsUnverified => {
            "İlk kapıdan henüz geçmemiş yeni üyeler: DM ile hatırlatma süresi {remind}, sunucudan çıkarma süresi {kick}."
        }
        Key::GateSettingsTwoPerson => {
            "`/gate sıfırla` ve `/gate tek-kullanımlık-kod` için iki kişilik onay: {on}."
        }
        Key::JoinReminderDm => {
            "👋 Merhaba! {server} sunucusuna {joined} katıldın ve orada henüz doğrulama yapmadın. İçeri girmek için sunucuda `/doğrula` komutunu çalıştır ve adımları izle; yaklaşık bir dakika sürer.{kick}"
        }
        Key::JoinReminderKickNote => {
            " Doğrulama yapmazsan şu zamanda sunucudan çıkarılacaksın: {when}. Daha sonra yeniden katılabilirsin."
        }
        Key::KickAuditReason => {
            "Keygate: katıldıktan sonraki {after} içinde doğrulama kapısından geçmedi"
        }
        Key::StatsWaiting => "**Katılmış ama henüz doğrulama yapmamış:** {waiting}",
        Key::StatsChartHeading => {
            "**Son 30 gün** (günlük: ✅ doğrulamalar, ❌ başarısız denemeler, 🔒 kilitlenmeler, ⚠️ tekrar kullanımlar). Yalnızca etkinlik olan günler listelenir; grafik 30 günün tamamını gösterir."
        }
        Key::StatsChartNone => {
            "**Son 30 gün:** doğrulama, başarısız deneme, kilitlenme ya da tekrar kullanım yok."
        }
        Key::StatsChartTitle => "Keygate, son 30 gün",
        Key::StatsChartVerifications => "Doğrulamalar",
        Key::StatsChartFailures => "Başarısız denemeler",
        Key::StatsChartLockouts => "Kilitlenmeler",
        Key::StatsChartReplays => "Tekrar kullanımlar",
        // Log channel lines (in the server's language). Mentions render as names: the post pings nobody
        Key::LogEnrollmentStarted => "🆕 {user} bir kimlik doğrulama uygulaması kurmaya başladı.",
        Key::LogEnrolled => {
            "✅ {user} bir kimlik doğrulama uygulaması kurdu ve {role} kapısından geçti{until}."
        }
        Key::LogModeratorEnrolled => {
            "🚨 `/gate` komutunu kullanabilen {user} yeni bir kimlik doğrulama uygulaması kurdu ve {role} kapısından geçti{until}. Moderatör kodları açıkken bu uygulamanın kodları artık moderatör kontrollerinden de geçer. Bunu yapan kendisi değilse hesabı çalınmış olabilir: başka bir moderatör bu üye için `/gate sıfırla` komutunu çalıştırmalı."
        }
        Key::LogVerifiedAuthenticator => {
            "✅ {user} kimlik doğrulama uygulamasıyla {role} kapısından geçti{until}."
        }
        Key::LogVerifiedBackup => {
            "✅ {user} bir yedek kodla {role} kapısından geçti{until} (kalan yedek kod: {remaining})."
        }
        Key::LogVerifiedBypass => {
            "✅ {user} bir moderatörün verdiği tek kullanımlık kodla {role} kapısından geçti{until}. Eski kimlik doğrulama kurulumu silindi; bir dahaki sefere yenisini kuracak."
        }
        Key::LogUntil => " (bitiş: {when})",
        Key::LogNewBackupCodes => "🔑 {user} yeni bir yedek kod seti oluşturdu.",
        Key::LogRemovedThemselves => "🗑️ {user} kimlik doğrulayıcısını kapıdan kaldırdı.",
        Key::LogReplayed => {
            "⚠️ {user} daha önce kullanılmış bir kod gönderdi (olası tekrar kullanım). Kod reddedildi.{lock}"
        }
        Key::LogTooManyWrong => "🔒 {user} çok fazla yanlış kod girdi.{lock}",
        Key::LogNotACode => "❌ {user} kod olmayan bir şey girdi.",
        Key::LogWrongCode => "❌ {user} yanlış bir kod girdi.",
        Key::LogLockedUntil => " Kilit bitişi: {when}.",
        Key::LogLockedUntilUnlocked => {
            " Bir moderatör `/gate kilit-aç` komutunu çalıştırana kadar kilitli."
        }
        Key::LogConfiguredGate => "⚙️ {moderator}, {role} kapısını kurdu ({rules}).",
        Key::LogConfiguredSettings => "⚙️ {moderator} ayarları değiştirdi.",
        Key::LogConfiguredDetails => " Kayıt kanalı: {log}; moderatör kodu: {code}.",
        Key::LogGateDropped => {
            "⚙️ {moderator}, {role} kapısını sonlandırdı. Bu role sahip üyelerde rol kalıyor (süreli olanlarda süre dolana kadar)."
        }
        Key::LogPanelPosted => "⚙️ {moderator} doğrulama panelini {channel} kanalında paylaştı.",
        Key::LogUnlocked => "🔓 {moderator}, {user} kullanıcısının kilidini açtı.",
        Key::LogRevoked => "⛔ {moderator}, {user} kullanıcısından {role} rolünü kaldırdı.",
        Key::LogEndedExpired => "⌛ {user} kullanıcısının {role} süresi doldu; rol kaldırıldı.",
        Key::LogEndedEarly => "⌛ {user}, {role} süresini erkenden bitirdi.",
        Key::LogEligibilityLost => {
            "🚪 {user} kullanıcısında artık {needs} yok, bu yüzden onu gerektiren {role} kaldırılıyor."
        }
        Key::LogReverification => {
            "🔁 Yeniden doğrulama: {reminded} üyeye DM ile hatırlatıldı ({closed} üyenin daha DM'leri kapalı, {left} üye sunucudan ayrıldı); zamanında yeniden doğrulama yapmayan üyelerden {removed} rol kaldırıldı."
        }
        Key::LogReset => {
            "♻️ {moderator}, {user} kullanıcısının iki faktörlü kimlik doğrulama kurulumunu sıfırladı. Sebep: `{reason}`"
        }
        Key::LogApprovedBy => " Onaylayan: {approver}.",
        Key::LogBypassIssued => {
            "🔑 {moderator}, telefonunu kaybeden {user} kullanıcısına tek kullanımlık bir kod verdi (son geçerlilik: {when})."
        }
        Key::LogApprovalReset => {
            "🧑‍⚖️ {moderator}, {user} kullanıcısının iki faktörlü kimlik doğrulama kurulumunun sıfırlanmasını istiyor (sebep: `{reason}`). Başka bir moderatörün onaylaması gerekiyor; isteğin son geçerliliği: {when}."
        }
        Key::LogApprovalBypass => {
            "🧑‍⚖️ {moderator}, telefonunu kaybeden {user} kullanıcısı için tek kullanımlık bir kod istiyor. Başka bir moderatörün onaylaması gerekiyor; isteğin son geçerliliği: {when}."
        }
        Key::LogApprovalDenied => {
            "🚫 {approver}, {moderator} tarafından {user} için yapılan isteği reddetti. Hiçbir şey değiştirilmedi."
        }
        Key::LogRoleNotEligible => {
            "🚪 {role} rolünü {user} kullanıcısına vermedim: kapısının gerektirdiği {needs} artık onda yok."
        }
        Key::LogRoleDangerous => {
            "⚠️ {role} rolünü {user} kullanıcısına vermedim: rolün artık güçlü izinleri var ({permissions}) ve kapısı her üyenin geçmesine izin veriyor. `/gate kur` ile `eligible:` ekle ya da bu izinleri rolden kaldır."
        }
        Key::LogRoleGrantFailed => "⚠️ {role} rolünü {user} kullanıcısına veremedim: {why}",
        Key::LogRoleRemoveFailed => "⚠️ {role} rolünü {user} kullanıcısından kaldıramadım: {why}",
        Key::LogDiscordGone => {
            "Discord 404 yanıtını verdi (üye sunucudan ayrıldı ya da rol silindi)."
        }
        Key::LogDiscordFailed => "Discord şu yanıtı verdi: {status}.",
        Key::LogOwnerNeeds2faGrant => {
            "Discord 403 yanıtını verdi (kod 60003): bu sunucu moderasyon işlemleri için 2FA istiyor ve Keygate uygulamasının sahibi olan hesap 2FA'yı açmamış. Düzeltmek için: **Keygate uygulamasının sahibi 2FA'yı açmalı** (Discord: Kullanıcı Ayarları → Hesabım). 2FA açılınca üye rolü alır."
        }
        Key::LogOwnerNeeds2faRemove => {
            "Discord 403 yanıtını verdi (kod 60003): bu sunucu moderasyon işlemleri için 2FA istiyor ve Keygate uygulamasının sahibi olan hesap 2FA'yı açmamış. Düzeltmek için: **Keygate uygulamasının sahibi 2FA'yı açmalı** (Discord: Kullanıcı Ayarları → Hesabım). O zamana kadar rol üyede kalır; 2FA açılınca kaldırılır."
        }
        Key::LogForbidden => {
            "Discord 403 yanıtını verdi (yasak). Düzeltmek için: rolüme **Rolleri Yönet** iznini ver ve Sunucu Ayarları → Roller bölümünde rolümü {role} rolünün **üstüne** sürükle. Ardından üye `/doğrula` komutunu yeniden çalıştırabilir."
        }
        Key::LogGuideOnJoin => {
            "📬 Katılımda rehber: 2FA rehberi {sent} yeni üyeye gönderildi. Gönderilmedi: DM'leri kapalı {closed} üye, son 30 gün içinde almış {recent} üye, {bots} bot, {window} saniyede {per_window} sınırını aşan {capped} üye."
        }
        Key::LogUnverified => {
            "⏳ Doğrulama yapmamış yeni üyeler: {reminded} üyeye DM ile hatırlatıldı (DM'leri kapalı: {closed}); {kicked} üye çıkarıldı; {exempt} üye muaf (botlar, sunucu sahibi, katıldıktan sonra rol verilmiş ya da rolü benimkinin üstünde olan üyeler); {waiting} üye hâlâ bekliyor. Dakikada en fazla {per_pass} üye çıkarılır; geri kalanlar sırasını bekler."
        }
        Key::LogKickRefused => {
            "⚠️ Doğrulama yapmayan bir üyeyi çıkaramadım: Discord reddetti (403). Rolüme **Üyeleri At** iznini ver ve rolümü üyelerin rollerinin üstüne sürükle ya da `/gate kur kick_after:off` ile çıkarmayı kapat."
        }
        Key::LogTwoPersonOn => " İki kişilik onay: {on}.",
        Key::LogUnverifiedSettings => {
            " Doğrulama yapmamış üyeler: hatırlatma süresi {remind}, çıkarma süresi {kick}."
        }
        // Slash commands: the moderator commands' names, and every option's description
        Key::CommandGateSetupName => "kur",
        Key::CommandGateDropName => "sonlandır",
        Key::CommandGatePanelName => "panel",
        Key::CommandGateStatusName => "durum",
        Key::CommandGateUnlockName => "kilit-aç",
        Key::CommandGateRevokeName => "geri-al",
        Key::CommandGateResetName => "sıfırla",
        Key::CommandGateBypassName => "tek-kullanımlık-kod",
        Key::CommandGateStatsName => "istatistik",
        Key::CommandGateAuditName => "denetim",
        Key::CommandGateConfigName => "ayarlar",
        Key::CommandGateBypassDescription => {
            "Telefonunu kaybeden bir üye için tek kullanımlık kod (24 saat içinde bir kez çalışır)"
        }
        Key::OptionVerifyRole => {
            "Doğrulama yapılacak rol (varsayılan: alabileceğin roller arasından seçersin)"
        }
        Key::OptionSetupRole => "Geçerli bir koddan sonra Keygate'in verdiği rol",
        Key::OptionSetupEligible => {
            "Yalnızca bu role zaten sahip üyeler geçebilir (örneğin @Moderator)"
        }
        Key::OptionSetupLasts => {
            "Rolü her geçişten bu kadar sonra kaldır, örn. 1h ya da 7d (1m ile 30d arası; off temizler)"
        }
        Key::OptionSetupReverifyEvery => {
            "Bu sıklıkla yeniden geçilmezse rolü kaldır, örn. 30d (1d ile 365d arası; off temizler)"
        }
        Key::OptionSetupDiscord2fa => {
            "Yalnızca kendi Discord 2FA'sını onaylamış üyeler geçebilir (/2fa kontrol, son 30 gün içinde)"
        }
        Key::OptionSetupDiscord2faRole => {
            "Discord 2FA'sı /2fa kontrol ile açık bulunan üyelere Keygate'in verdiği rol (kapı değil)"
        }
        Key::OptionSetupLogChannel => {
            "Keygate'in doğrulama ve moderatör işlemleri kaydı için bir kanal"
        }
        Key::OptionSetupGuideOnJoin => "Yeni üyelere Discord'un kendi 2FA'sının rehberini gönder",
        Key::OptionSetupModeratorCode => {
            "kur, sonlandır, kilit-aç, geri-al ve sıfırla öncesinde moderatörlerden uygulama kodu iste"
        }
        Key::OptionSetupRemindAfter => {
            "Bu süre sonunda doğrulama yapmamış yeni üyelere DM at, örn. 1d (1m ile 30d arası; off temizler)"
        }
        Key::OptionSetupKickAfter => {
            "Bu süre sonunda doğrulama yapmamış yeni üyeleri çıkar, örn. 7d (1m ile 30d arası; off temizler)"
        }
        Key::OptionSetupTwoPersonReset => {
            "sıfırla ve tek-kullanımlık-kod için kayıt kanalında ikinci bir moderatörün onayı gereksin"
        }
        Key::OptionDropRole => "Kapısı sonlandırılacak rol (rolü olan üyelerde rol kalır)",
        Key::OptionPanelChannel => "Nereye paylaşılacağı (varsayılan: bu kanal)",
        Key::OptionPanelRole => "Doğrula düğmesinin ait olduğu kapı (varsayılan: üye seçer)",
        Key::OptionMember => "Üye",
        Key::OptionRevokeUser => {
            "Kapı rolleri kaldırılacak üye (kimlik doğrulama uygulaması kalır)"
        }
        Key::OptionRevokeRole => {
            "Yalnızca bu kapı rolü (varsayılan: sahip olduğu tüm kapı rolleri)"
        }
        Key::OptionResetReason => "Neden (denetim kaydında saklanır)",
        Key::OptionAuditUser => "Yalnızca bu üye",
    }
}
