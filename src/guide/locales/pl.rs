//! Polish (pl).
//! Informal "ty", gender-neutral phrasing (no "-łeś/-łaś"); Discord's own labels in Polish where certain, otherwise in English.

use crate::guide::catalogue::Key;

pub fn text(key: Key) -> &'static str {
    match key {
        // Errors and refusals
        Key::ReplySomethingWentWrong => {
            "Coś poszło nie tak po naszej stronie. Spróbuj ponownie za chwilę; jeśli to się powtarza, powiedz moderatorowi."
        }
        Key::ReplyDatabaseDown => {
            "Keygate nie może teraz połączyć się ze swoją bazą danych. Spróbuj ponownie za chwilę."
        }
        Key::ReplyNotConfigured => {
            "Ten serwer nie ma jeszcze skonfigurowanej bramki weryfikacyjnej. Moderator może to zrobić poleceniem `/gate konfiguruj`."
        }
        Key::ReplyNotAGate => {
            "{role} nie jest (lub już nie jest) jedną z bramek tego serwera. Użyj `/weryfikuj`, aby zobaczyć role, dla których możesz przejść weryfikację."
        }
        Key::ReplyNotEligible => {
            "Przez bramkę do roli {role} mogą przejść tylko członkowie, którzy mają {needs}, a ty tego nie masz. Nie liczy się to jako nieudana próba. Jeśli uważasz, że to ci się należy, zapytaj moderatora."
        }
        Key::ReplyNoGateOpen => {
            "Bramki tego serwera są tylko dla członków z jedną z tych ról: {roles}. Nie masz żadnej z nich, więc nie masz tu czego weryfikować. Nie liczy się to jako nieudana próba."
        }
        Key::ReplyNotEnrolled => {
            "Nie masz jeszcze skonfigurowanej aplikacji uwierzytelniającej na tym serwerze. Użyj `/weryfikuj`, aby zacząć."
        }
        Key::ReplyAlreadyEnrolled => {
            "Masz już tutaj skonfigurowaną aplikację uwierzytelniającą. Użyj `/weryfikuj` i wpisz 6-cyfrowy kod, który pokazuje."
        }
        Key::ReplyEnrollmentExpired => {
            "Konfiguracja trwała dłużej niż 15 minut, więc dla twojego bezpieczeństwa wygasła. Użyj `/weryfikuj`, aby zacząć od nowa z nowym kodem QR."
        }
        Key::ReplyNeedsAuthenticator => {
            "Do tego użyj 6-cyfrowego kodu z aplikacji uwierzytelniającej, a nie kodu zapasowego. Kody zapasowe służą do wejścia, gdy zgubisz telefon; zmiana konfiguracji wymaga samego telefonu, bo ktoś, kto ukradnie twoją sesję Discorda, może mieć też twoje zapisane kody zapasowe."
        }
        Key::ReplyNotACode => {
            "To nie jest prawidłowy kod. Wpisz 6 cyfr, które twoja aplikacja uwierzytelniająca pokazuje w tej chwili (na przykład `123456`), albo jeden ze swoich kodów zapasowych (np. `1ABC-DEFG-HJKM-NPQR`)."
        }
        Key::ReplyWrongCode => {
            "Ten kod się nie zgadza. Sprawdź, czy patrzysz na wpis tego serwera w aplikacji uwierzytelniającej, i wpisz kod, który pokazuje w tej chwili."
        }
        Key::ReplyReplayed => {
            "Ten kod został już użyty, więc nie zadziała drugi raz. Poczekaj, aż aplikacja pokaże nowy kod (zmieniają się co 30 sekund). Jeśli ten kod nie został użyty przez ciebie, powiedz moderatorowi: ktoś mógł go zobaczyć."
        }
        Key::ReplyLockedUntil => {
            "Zbyt wiele błędnych kodów. Dla twojego bezpieczeństwa weryfikacja jest wstrzymana do {when}. Spróbuj wtedy ponownie."
        }
        Key::ReplyLockedUntilUnlocked => {
            "Zbyt wiele błędnych kodów: weryfikacja twojego konta jest tu zablokowana, dopóki moderator jej nie odblokuje."
        }
        Key::ReplyGuildOnly => "Keygate działa na serwerze. Użyj tego polecenia tam.",
        Key::ReplyStaleForm => "Ten formularz jest nieaktualny. Użyj polecenia ponownie.",
        Key::ReplyOnlyModerators => {
            "Tylko moderatorzy mogą używać `/gate` (wymaga to uprawnienia **Zarządzanie serwerem**)."
        }
        Key::ReplyNotVerified => "Ten członek nie jest teraz zweryfikowany.",
        Key::ReplyBadArgument => {
            "Nie udało mi się odczytać tej opcji. Wybierz ją z listy, którą pokazuje Discord, i spróbuj ponownie."
        }
        Key::ReplyNotLocked => "Ten członek nie jest zablokowany.",
        Key::ReplyBusy => {
            "Inne sprawdzanie twojego kodu wciąż trwa. Poczekaj chwilę i spróbuj ponownie."
        }
        Key::ReplyTooManySetups => {
            "W ciągu ostatniej godziny konfiguracja aplikacji uwierzytelniającej była rozpoczynana już 3 razy. Dla twojego bezpieczeństwa możesz zacząć ponownie od {when}."
        }
        Key::ReplyTooManyRemovals => {
            "Dzisiaj konfiguracja uwierzytelniania była tu usuwana już 3 razy. Dla twojego bezpieczeństwa możesz usunąć ją ponownie od {when}."
        }
        Key::ReplyTooManyBackupCodeSets => {
            "Dzisiaj utworzono już 3 nowe zestawy kodów zapasowych. Dla twojego bezpieczeństwa kolejny możesz utworzyć od {when}. Kody, które masz teraz, nadal działają."
        }
        // Enrollment
        Key::ReplyNeedsDiscord2fa => {
            "Bramka do roli {role} jest tylko dla członków, których własne konto Discord ma włączone uwierzytelnianie dwuskładnikowe (2FA). Keygate nie widział go włączonego u ciebie w ciągu ostatnich 30 dni, więc nie liczy się to jako nieudana próba.\n\nNaciśnij przycisk, aby pokazać to w przeglądarce (zajmuje to minutę), a potem spróbuj ponownie. Jeśli 2FA jest wyłączone, strona pokaże, jak je włączyć."
        }
        Key::EnrollInstructions => {
            "**Skonfiguruj aplikację uwierzytelniającą** (tylko ty widzisz tę wiadomość)\n1. Jeśli jeszcze jej nie masz, zainstaluj na telefonie aplikację uwierzytelniającą: Google Authenticator, Microsoft Authenticator, Aegis, 2FAS albo menedżer haseł, który obsługuje kody.\n2. W aplikacji dotknij **+** i zeskanuj poniższy kod QR. Nie masz aparatu? Wybierz „Wpisz klucz konfiguracji” i wpisz:\n`{key}`\n3. Aplikacja pokazuje teraz 6-cyfrowy kod, który zmienia się co 30 sekund. Naciśnij **Wpisz kod** i wpisz go.\n\nTa konfiguracja jest ważna do {expires}. Nigdy nie udostępniaj tego kodu QR ani klucza: każdy, kto je ma, może generować twoje kody."
        }
        Key::EnrollEnterCodeButton => "Wpisz kod",
        Key::PickGatePrompt => {
            "Dla której roli chcesz przejść weryfikację? Wybierz jedną poniżej (tylko ty to widzisz)."
        }
        Key::PickGatePlaceholder => "Wybierz rolę",
        Key::ConfirmModalTitle => "Potwierdź aplikację uwierzytelniającą",
        Key::VerifyModalTitle => "Potwierdź, że to ty",
        Key::BackupCodesModalTitle => "Nowe kody zapasowe",
        Key::RemoveModalTitle => "Usuń aplikację uwierzytelniającą",
        Key::CodeInputLabel => "6-cyfrowy kod z aplikacji",
        Key::CodeOrBackupInputLabel => "Kod z aplikacji albo kod zapasowy",
        Key::BackupCodesFirstTime => {
            "✅ **Twoja aplikacja uwierzytelniająca jest skonfigurowana.**\n\nOto twoje **kody zapasowe**. Jeśli zgubisz telefon, każdy z nich zadziała raz zamiast 6-cyfrowego kodu. Zapisz je teraz (plik poniżej, menedżer haseł albo kartka papieru): nie zostaną już nigdy pokazane."
        }
        Key::BackupCodesRenewed => {
            "🔑 **Twoje nowe kody zapasowe.** Stare kody właśnie przestały działać. Zapisz te teraz: nie zostaną już nigdy pokazane."
        }
        Key::BackupCodesFileIntro => {
            "Kody zapasowe Keygate dla serwera Discord „{server}”\nKażdy kod działa raz, zamiast 6-cyfrowego kodu z aplikacji uwierzytelniającej.\nPrzechowuj ten plik w bezpiecznym, prywatnym miejscu (w menedżerze haseł albo wydrukowany na papierze)."
        }
        // Verification
        Key::VerifiedAuthenticator => "✅ Zweryfikowano aplikacją uwierzytelniającą.",
        Key::VerifiedBackup => {
            "✅ Zweryfikowano kodem zapasowym. Ten kod jest już zużyty; pozostało kodów: {remaining}."
        }
        Key::VerifiedBackupLow => {
            "✅ Zweryfikowano kodem zapasowym. ⚠️ Pozostało kodów zapasowych: tylko {remaining}. Użyj `/2fa kody-zapasowe`, aby utworzyć nowy zestaw."
        }
        Key::RoleGranted => "Rola została dodana. Witaj!",
        Key::RolePending => "Twoja rola jest w drodze; może minąć minuta, zanim się pojawi.",
        Key::RoleForbidden => {
            "Weryfikacja się powiodła, ale nie udało mi się dać ci roli {role}: Discord odmówił (brakuje mi uprawnienia Zarządzanie rolami albo moja rola jest niżej niż ta rola). Moderatorzy zostali powiadomieni; dostaniesz rolę, gdy to naprawią."
        }
        Key::RoleOwnerNeeds2fa => {
            "Weryfikacja się powiodła, ale nie mogę jeszcze dać ci roli {role}: ten serwer wymaga uwierzytelniania dwuskładnikowego (2FA) do moderacji, a osoba, do której należy bot Keygate, nie włączyła 2FA na swoim koncie Discord. Moderatorzy zostali powiadomieni; dostaniesz rolę, gdy tylko to zostanie naprawione."
        }
        Key::RoleGone => {
            "Weryfikacja się powiodła, ale nie udało się dodać roli: Discord twierdzi, że nie ma cię już na tym serwerze albo że rola została usunięta. Jeśli wciąż tu jesteś, powiedz moderatorowi."
        }
        Key::RoleFailed => {
            "Weryfikacja się powiodła, ale Discord odmówił dodania roli. Moderatorzy zostali powiadomieni."
        }
        Key::RoleTimed => {
            "⏳ Masz rolę {role} do {when}. Gdy skończysz, naciśnij **Zakończ teraz**, aby oddać ją wcześniej."
        }
        Key::EndNowButton => "Zakończ teraz",
        Key::RoleEnded => {
            "Gotowe: rola {role} jest usuwana. Użyj `/weryfikuj`, gdy znowu będzie ci potrzebna."
        }
        Key::RoleEndNotHeld => "Nie masz już roli {role} z bramki, więc nie ma czego kończyć.",
        Key::RoleNotEligible => {
            "Twój kod był poprawny, ale nie masz już roli wymaganej przez bramkę do {role}, więc ta rola nie została ci przyznana. Jeśli to pomyłka, zapytaj moderatora."
        }
        Key::RoleDangerous => {
            "Twój kod był poprawny, ale rola {role} nie została ci przyznana: ma teraz potężne uprawnienia moderatorskie, a ta bramka przepuszcza każdego członka. Moderatorzy zostali powiadomieni."
        }
        Key::RoleSuperseded => {
            "Ostatecznie rola nie została dodana: zastąpiła ją późniejsza zmiana (moderator ją usunął albo skończył się jej czas). Użyj ponownie `/weryfikuj`, jeśli wciąż jej potrzebujesz."
        }
        Key::Removed => {
            "Gotowe: twoja konfiguracja aplikacji uwierzytelniającej i kody zapasowe dla tego serwera zostały usunięte, a rola dla zweryfikowanych jest usuwana. Użyj `/weryfikuj` w dowolnej chwili, aby skonfigurować wszystko od nowa."
        }
        // Status
        Key::StatusBody => {
            "**Aplikacja uwierzytelniająca:** {enrollment}\n**Role z bramki:** {verified}\n**Pozostałe kody zapasowe:** {codes}\n**Blokada:** {lockout}\n**Ostatnia weryfikacja:** {last}"
        }
        Key::StatusEnrollmentNone => "nie skonfigurowano",
        Key::StatusEnrollmentPending => {
            "konfiguracja rozpoczęta, czeka na pierwszy kod (ważna do {when})"
        }
        Key::StatusEnrollmentExpired => "konfiguracja wygasła, zanim została ukończona",
        Key::StatusEnrollmentConfirmed => "skonfigurowano {when}",
        Key::StatusYes => "tak",
        Key::StatusNo => "nie",
        Key::StatusHeldUntil => "{role} do {when}",
        Key::StatusHeldReverify => "{role} (zweryfikuj się ponownie przed {when})",
        Key::StatusLockoutNone => "brak",
        Key::StatusLockoutUntil => "zablokowano do {when}",
        Key::StatusLockoutModerator => "zablokowano do odblokowania przez moderatora",
        Key::StatusNever => "nigdy",
        // The verification panel (posted in the server's language)
        Key::PanelBody => {
            "🔐 **Weryfikacja**\nTen serwer prosi członków, aby przed uzyskaniem dostępu potwierdzili kodem z aplikacji uwierzytelniającej, że to naprawdę oni. Naciśnij **Zweryfikuj**, aby zacząć (za pierwszym razem zajmuje to około minuty).\nNie znasz uwierzytelniania dwuskładnikowego? Naciśnij **Poradnik 2FA**."
        }
        Key::PanelVerifyButton => "Zweryfikuj",
        Key::PanelGuideButton => "Poradnik 2FA",
        // Moderator replies
        Key::GateRoleProblem => "Nie mogę jeszcze użyć tej roli. {problem}",
        Key::GateRoleEveryone => {
            "To rola @everyone, którą ma już każdy członek. Utwórz rolę, np. „Zweryfikowany”, i wybierz ją zamiast tej."
        }
        Key::GateRoleManaged => {
            "Rolą {role} zarządza integracja (bot albo subskrypcja), więc nikt nie może nadać jej ręcznie. Utwórz zwykłą rolę, np. „Zweryfikowany”, i wybierz ją zamiast tej."
        }
        Key::GateRoleNoManageRoles => {
            "Nie mam uprawnienia **Zarządzanie rolami**, więc nie mogę nadać roli. Daj mojej roli uprawnienie Zarządzanie rolami w Ustawieniach serwera → Role, a potem ponownie użyj `/gate konfiguruj`."
        }
        Key::GateRoleTooHigh => {
            "Rola {role} jest wyżej niż moja najwyższa rola (albo na tym samym poziomie), a Discord pozwala mi nadawać tylko role poniżej mojej. W Ustawieniach serwera → Role przeciągnij moją rolę nad {role}, a potem ponownie użyj `/gate konfiguruj`."
        }
        Key::GateRoleInvokerNoManageRoles => {
            "Musisz mieć uprawnienie **Zarządzanie rolami**, aby wybrać rolę, którą nadaje bramka."
        }
        Key::GateRoleInvokerTooLow => {
            "Rola {role} jest wyżej niż twoja najwyższa rola (albo na tym samym poziomie), więc nie możesz jej nadawać; bramka też nie może zrobić tego w twoim imieniu. Poproś kogoś z wyższą rolą."
        }
        Key::GateSetupDone => {
            "✅ Bramka zapisana: {gate}.\n{settings}\nDalej: opublikuj przycisk Zweryfikuj poleceniem `/gate panel`."
        }
        Key::GateSetupMembersIntent => {
            "⚠️ Poradnik przy dołączaniu jest włączony, ale ten bot został uruchomiony bez intentu Server Members, więc nie widzi, kiedy ktoś dołącza. Operator bota może go włączyć: zobacz README („Guide on join”)."
        }
        Key::GateSetupOwnerNeeds2fa => {
            "⚠️ Ten serwer wymaga 2FA do działań moderacyjnych, a konto, do którego należy aplikacja Keygate, nie ma włączonego 2FA, więc Discord odrzuci każdą rolę, którą Keygate nada lub odbierze. Właściciel aplikacji Keygate musi włączyć 2FA (Discord: Ustawienia użytkownika → Moje konto); nic innego tego nie naprawi."
        }
        Key::GateSetupLogChannelRefused => {
            "⚠️ Nie mogę pisać na kanale logów {channel}: Discord odmówił. Daj tam mojej roli uprawnienia **Wyświetlanie kanałów** i **Wysyłanie wiadomości**, a potem ponownie użyj `/gate konfiguruj`; do tego czasu będę próbować tylko co 15 minut, a wpisy logów z tej przerwy przepadną."
        }
        Key::ReplyServerPaused => {
            "⏸️ W ciągu ostatnich kilku minut Discord odrzucił zbyt wiele moich żądań na tym serwerze (kanał, na którym nie mogę pisać, albo role, których nie mogę nadać), więc na razie się tu wstrzymuję. Napraw to i spróbuj ponownie za około 10 minut."
        }
        Key::GateSetupEligibleWithoutIntent => {
            "ℹ️ Ten bot działa bez intentu Server Members, więc nie widzi zmian ról: ktoś, kto straci rolę uprawniającą, traci rolę tej bramki przy następnym użyciu `/weryfikuj`, gdy rola wygaśnie lub wymaga ponownej weryfikacji, albo przed nowym nadaniem, a nie od razu. Operator bota może włączyć ten intent (zobacz README)."
        }
        Key::GateLastsAndReverify => {
            "Bramka nie może mieć jednocześnie `lasts` i `reverify_every`: rola czasowa i tak jest usuwana, gdy minie jej czas. Zostaw jedną z tych opcji (drugą ustaw na `off`) i spróbuj ponownie."
        }
        Key::GateModeratorCodeEnrollFirst => {
            "Zanim włączysz `moderator_code`, skonfiguruj tutaj własną aplikację uwierzytelniającą poleceniem `/weryfikuj`: od tej chwili polecenia moderatorskie będą prosić o jej kod, a bez niej odetniesz sobie dostęp."
        }
        Key::GateTooManyGates => {
            "Ten serwer ma już maksymalną liczbę bramek, na jaką pozwala Keygate ({max}). Najpierw usuń jedną poleceniem `/gate usuń`, a potem spróbuj ponownie."
        }
        Key::GateDropped => {
            "Gotowe: Keygate nie chroni już roli {role}. Członkowie, którzy ją mają, zachowują ją (rola czasowa i tak zostanie usunięta o swojej porze)."
        }
        Key::GateNotAGate => {
            "Rola {role} nie ma tu bramki. `/gate ustawienia` pokazuje bramki tego serwera."
        }
        Key::GateDangerous => {
            "⚠️ Rola {role} ma potężne uprawnienia: {permissions}. Bez `eligible` dostałby je każdy członek, który skonfiguruje aplikację uwierzytelniającą. Dodaj `eligible:` z rolą, która może przejść (na przykład `eligible:@Moderator`), albo odbierz te uprawnienia roli {role} (w jej ustawieniach i w nadpisaniach uprawnień kanałów), a potem spróbuj ponownie."
        }
        Key::PermAdministrator => "Administrator",
        Key::PermManageServer => "Zarządzanie serwerem",
        Key::PermManageRoles => "Zarządzanie rolami",
        Key::PermManageChannels => "Zarządzanie kanałami",
        Key::PermManageWebhooks => "Zarządzanie webhookami",
        Key::PermBanMembers => "Banowanie członków",
        Key::PermKickMembers => "Wyrzucanie członków",
        Key::PermTimeoutMembers => "Przerwa dla członków (timeout)",
        Key::PermManageMessages => "Zarządzanie wiadomościami",
        Key::PermMentionEveryone => "Wzmianki @everyone, @here i wszystkich ról",
        Key::GateDurationUnreadable => {
            "Nie mogę odczytać `{value}` jako długości czasu dla `{option}`. Zapisz to np. jako `90m`, `1h`, `12h` lub `7d` (od {min} do {max}) albo `off`, aby wyczyścić."
        }
        Key::GateDurationOutOfRange => {
            "`{option}` musi mieć wartość od {min} do {max}; `{value}` jest poza tym zakresem. Wybierz długość z tego zakresu albo `off`, aby wyczyścić."
        }
        Key::GateEligibleEveryone => {
            "`eligible` nie może być @everyone: ma ją każdy członek, więc nie ograniczałaby, kto przechodzi przez bramkę do {role}. Wybierz rolę, którą członkowie muszą już mieć (na przykład @Moderator), albo pomiń `eligible`."
        }
        Key::GateEligibleSelf => {
            "`eligible` nie może być samą rolą {role}: przejść mogliby tylko ci, którzy już ją mają, więc nikt nowy nigdy by nie przeszedł. Wybierz inną rolę (na przykład @Moderator dla bramki do @Moderator (aktywny))."
        }
        Key::GateEligibleOpenGate => {
            "`eligible` nie może być {eligible}: każdy członek może ją dostać przez jej własną bramkę, więc nie ograniczałaby, kto przechodzi przez bramkę do {role}. Wybierz rolę, którą moderatorzy nadają ręcznie (na przykład @Moderator)."
        }
        Key::StepUpModalTitle => "Kontrola moderatora: twój kod",
        Key::StepUpEnrollFirst => {
            "Ten serwer wymaga od moderatorów kodu z aplikacji uwierzytelniającej przed tym poleceniem, a ty nie masz jej tu jeszcze skonfigurowanej. Użyj `/weryfikuj`, aby ją skonfigurować, a potem spróbuj ponownie."
        }
        Key::StepUpExpired => {
            "Ta kontrola wygasła (trwa 5 minut) albo została już użyta. Użyj polecenia ponownie."
        }
        Key::StepUpNotDone => {
            "Polecenie nie zostało wykonane. Użyj go ponownie, gdy będziesz mieć nowy kod."
        }
        Key::GateNone => "brak",
        Key::GateOn => "włączony",
        Key::GateOff => "wyłączony",
        Key::GateRuleEveryone => "każdy członek może przejść",
        Key::GateRuleEligible => "tylko członkowie z rolą {role}",
        Key::GateRulePermanent => "zostaje na stałe",
        Key::GateRuleLasts => "usuwana po {period} od każdego przejścia",
        Key::GateRuleReverify => "usuwana, jeśli członek nie przejdzie ponownie co {period}",
        Key::GateDiscord2faNeedsWeb => {
            "`discord_2fa` wymaga sprawdzania 2FA Discorda w przeglądarce, które nie jest włączone dla tego bota, więc żaden członek nie mógłby przejść przez tę bramkę. Nic nie zostało zmienione. Operator bota może je włączyć: zobacz README („Confirming Discord's own 2FA in the browser”)."
        }
        Key::GateRuleDiscord2fa => "2FA Discorda potwierdzone w ciągu 30 dni",
        Key::GateSettings => {
            "Kanał logów: {log}. Poradnik przy dołączaniu: {guide}. Kod moderatora: {code}."
        }
        Key::GateSettingsDiscord2faRole => {
            "Członkowie, u których polecenie `/2fa sprawdź` wykryło włączone 2FA Discorda, dostają {role}; późniejsze sprawdzenie, które wykaże, że jest wyłączone, odbiera tę rolę."
        }
        Key::GateDiscord2faRoleIsAGate => {
            "Rola {role} jest jedną z bramek tego serwera, więc Keygate nadaje ją po podaniu kodu. Wybierz inną rolę dla członków z 2FA Discorda albo najpierw usuń tę bramkę poleceniem `/gate usuń`."
        }
        Key::GateRoleIsDiscord2faRole => {
            "{role} to rola, którą Keygate nadaje członkom z 2FA Discorda (`discord_2fa_role`) bez kodu, więc nie może być jednocześnie bramką. Najpierw to wyłącz poleceniem `/gate usuń role:{role}` albo wybierz inną rolę dla bramki."
        }
        Key::GatePanelPosted => "✅ Panel weryfikacji opublikowany na kanale {channel}.",
        Key::GatePanelForbidden => {
            "Nie mogę pisać na kanale {channel}. Daj tam mojej roli uprawnienia **Wyświetlanie kanałów** i **Wysyłanie wiadomości**, a potem spróbuj ponownie."
        }
        Key::GateChannelNotHere => {
            "Kanał {channel} nie należy do tego serwera. Wybierz jeden z kanałów tego serwera i spróbuj ponownie."
        }
        Key::GateTargetThemselves => {
            "Nie możesz zrobić tego sobie: musi to zrobić inny moderator. Dzięki temu ktoś, kto ukradnie sesję moderatora, nie może zresetować ani odblokować własnego drugiego składnika tego moderatora."
        }
        Key::GateTargetNotBelow => {
            "{user} ma rolę na poziomie twojej najwyższej roli lub wyżej, więc nie możesz tego zrobić tej osobie. Poproś kogoś z wyższą rolą."
        }
        Key::GateUnlocked => "🔓 {user} może znowu wpisywać kody.",
        Key::GateRevoked => {
            "Odebrano rolę {role} użytkownikowi {user}. Może zweryfikować się ponownie poleceniem `/weryfikuj`."
        }
        Key::GateResetDone => {
            "Zresetowano {user}: aplikacja uwierzytelniająca i kody zapasowe tej osoby zostały usunięte, a rola jest usuwana. {note}"
        }
        Key::GateResetTold => "Ta osoba została powiadomiona w wiadomości prywatnej.",
        Key::GateResetNotTold => {
            "Nie mogę wysłać tej osobie wiadomości prywatnej (ma je zablokowane), więc powiadom ją, proszę."
        }
        Key::GateResetDm => {
            "Moderator serwera **{server}** zresetował tam twoją konfigurację uwierzytelniania dwuskładnikowego (powód: `{reason}`). Twój stary wpis w aplikacji uwierzytelniającej i kody zapasowe już nie działają. Użyj `/weryfikuj` na serwerze, aby skonfigurować wszystko od nowa."
        }
        Key::GateStats => {
            "**Członkowie z konfiguracją:** {enrolled}\n**Konfiguracje w toku:** {pending}\n**Zweryfikowani teraz:** {verified}\n**Zablokowani teraz:** {locked}\n**Oczekujące zmiany ról:** {waiting}"
        }
        Key::GateAuditEmpty => "Dziennik audytu jest pusty.",
        Key::GateConfig => "**Bramki** ({count} z {max}):\n{gates}\n{settings}",
        Key::GateConfigNoGates => "na razie brak (dodaj jedną poleceniem `/gate konfiguruj`)",
        // The walkthrough of Discord's own two-factor authentication
        Key::GuideSentDm => "📬 Wysłano ci poradnik w wiadomości prywatnej.",
        Key::GuideDmClosed => {
            "Nie mogę wysłać ci wiadomości prywatnej, bo masz je wyłączone dla tego serwera, więc poradnik jest tutaj. Aby zezwolić na wiadomości prywatne: otwórz menu serwera (jego nazwa u góry), potem **Ustawienia prywatności** (w niektórych wersjach: kliknij prawym przyciskiem ikonę serwera → Ustawienia prywatności) i włącz **Wiadomości bezpośrednie**."
        }
        Key::GuidePageOf => "Strona {page} z {total}",
        Key::GuideBackButton => "Wstecz",
        Key::GuideNextButton => "Dalej",
        Key::GuideDoneButton => "Gotowe",
        Key::GuideFinished => {
            "👍 To cały poradnik. Użyj `/2fa poradnik` w dowolnej chwili, aby przeczytać go ponownie."
        }
        Key::Guide1Title => "Dlaczego uwierzytelnianie dwuskładnikowe jest ważne",
        Key::Guide1Body => {
            "Samo hasło nie wystarczy. Skradzione hasła są cały czas wypróbowywane na Discordzie, a **złośliwe oprogramowanie kradnące tokeny** (często ukryte w „darmowym Nitro”, cheatach do gier albo fałszywych programach) kopiuje twoją zalogowaną sesję Discorda, więc złodziej nie potrzebuje nawet twojego hasła.\n\nUwierzytelnianie dwuskładnikowe (2FA) dodaje drugi krok: 6-cyfrowy kod z aplikacji na telefonie, który zmienia się co 30 sekund. Ktoś, kto zna twoje hasło, nadal nie zaloguje się bez twojego telefonu.\n\nNa kolejnych stronach zobaczysz, jak je włączyć, jak bezpiecznie przechowywać kody zapasowe i co zrobić, jeśli zgubisz telefon."
        }
        Key::Guide2Title => "Włącz aplikację uwierzytelniającą (komputer lub przeglądarka)",
        Key::Guide2Body => {
            "1. Zainstaluj na telefonie aplikację uwierzytelniającą: Google Authenticator, Microsoft Authenticator, Aegis, 2FAS albo menedżer haseł, który pokazuje kody.\n2. W Discordzie otwórz **Ustawienia użytkownika** (koło zębate obok twojej nazwy) → **Moje konto**.\n3. Naciśnij **Enable Authenticator App**. Najpierw twój adres e-mail musi być zweryfikowany.\n4. Wpisz hasło do Discorda, a potem zeskanuj kod QR aplikacją (albo wpisz klucz pokazany pod nim).\n5. Wpisz 6-cyfrowy kod, który pokazuje aplikacja. Gotowe: 2FA jest włączone."
        }
        Key::Guide3Title => "Włącz aplikację uwierzytelniającą (telefon)",
        Key::Guide3Body => {
            "1. Zainstaluj aplikację uwierzytelniającą (zobacz poprzednią stronę).\n2. W aplikacji Discord dotknij swojego zdjęcia profilowego, a potem koła zębatego (**Ustawienia**) → **Konto**.\n3. Dotknij **Enable Authenticator App** i wpisz hasło.\n4. Na tym samym telefonie nie zeskanujesz własnego ekranu: skopiuj **klucz**, który pokazuje Discord, i wklej go w aplikacji uwierzytelniającej („Wpisz klucz konfiguracji”).\n5. Wróć do Discorda i wpisz 6-cyfrowy kod, który pokazuje aplikacja."
        }
        Key::Guide4Title => "SMS jako zapas",
        Key::Guide4Body => {
            "Gdy aplikacja uwierzytelniająca jest już włączona, możesz dodać numer telefonu jako metodę zapasową: **Ustawienia użytkownika → Moje konto → Enable SMS**. Wtedy Discord może wysłać ci kod SMS-em, jeśli nie masz aplikacji pod ręką.\n\nSMS jest słabszy niż aplikacja (numer telefonu można ukraść przez „SIM swap”, czyli podmianę karty SIM), więc używaj aplikacji jako głównej metody, a SMS traktuj jako zapas."
        }
        Key::Guide5Title => "Klucze bezpieczeństwa i klucze dostępu",
        Key::Guide5Body => {
            "**Klucz bezpieczeństwa** (mały klucz USB lub NFC, np. YubiKey) albo **klucz dostępu** (passkey, zapisany w telefonie lub komputerze i odblokowywany odciskiem palca, twarzą albo PIN-em) też może być twoim drugim krokiem, a do tego nie da się go wyłudzić phishingiem.\n\nDodaj go w **Ustawienia użytkownika → Moje konto → Security Keys**. Zachowaj też aplikację uwierzytelniającą i kody zapasowe na wypadek zgubienia klucza."
        }
        Key::Guide6Title => "Zapisz kody zapasowe Discorda",
        Key::Guide6Body => {
            "Kody zapasowe pozwalają zalogować się, jeśli zgubisz telefon. Każdy ma 8 znaków i jest pokazany jako `XXXX-XXXX`.\n\n1. Otwórz **Ustawienia użytkownika → Moje konto → View Backup Codes**.\n2. Wpisz hasło, a potem klucz weryfikacyjny, który Discord wyśle ci e-mailem.\n3. Zapisz kody: wydrukuj je albo przechowuj w menedżerze haseł.\n\n⚠️ Jeśli je pobierzesz, plik nazywa się `discord_backup_codes.txt`. Złośliwe oprogramowanie kradnące tokeny szuka właśnie tej nazwy pliku, więc **przenieś go z folderu Pobrane** (albo wydrukuj go i usuń).\n\n**Generate new codes** tworzy nowy zestaw; stare kody od razu przestają działać."
        }
        Key::Guide7Title => "Logowanie kodem zapasowym",
        Key::Guide7Body => {
            "Zgubiony telefon? Zaloguj się jak zwykle e-mailem i hasłem. Gdy Discord poprosi o 6-cyfrowy kod, wybierz **Verify with something else**, potem **Use a backup code** i wpisz jeden z zapisanych kodów.\n\nGdy już wejdziesz, skonfiguruj 2FA na nowym telefonie i wygeneruj nowe kody zapasowe."
        }
        Key::Guide8Title => "Pytania",
        Key::Guide8Body => {
            "**Czy mogę użyć kodu zapasowego ponownie?** Nie. Każdy kod działa raz; skreśl go po użyciu.\n\n**Ile kodów mi zostało?** Otwórz **View Backup Codes**, aby zobaczyć swój zestaw i które kody są już zużyte. Gdy zostaje ich mało, naciśnij **Generate new codes**.\n\n**Wszystkie kody są zużyte.** Jeśli gdzieś nadal masz aktywną sesję, otwórz View Backup Codes i od razu wygeneruj nowy zestaw.\n\n**Nie mam już telefonu ani kodów.** W takim przypadku pomoc techniczna Discorda nie może wyłączyć ci 2FA, a konta nie da się odzyskać. Dlatego tak ważne jest, by przechowywać kody zapasowe w bezpiecznym miejscu."
        }
        Key::Guide9Title => "Własna weryfikacja tego serwera",
        Key::Guide9Body => {
            "2FA Discorda chroni twoje **logowanie**. Ale jeśli złośliwe oprogramowanie ukradnie twoją zalogowaną sesję, złodziej jest już za etapem logowania.\n\nDlatego ten serwer ma własną bramkę: `/weryfikuj` prosi o kod z aplikacji uwierzytelniającej na twoim telefonie, zanim da ci dostęp. Ktoś ze skradzioną sesją nadal nie wygeneruje tego kodu.\n\nTo **osobny wpis** w aplikacji uwierzytelniającej, skonfigurowany kodem QR tego serwera, z własnymi kodami zapasowymi. Nie zastępuje 2FA Discorda: używaj obu."
        }
        // On join (sent in the server's language)
        Key::JoinDm => {
            "👋 Witaj na serwerze **{server}**! Bezpieczne konto Discord to także bezpieczniejsza społeczność. Oto krótki poradnik, jak włączyć uwierzytelnianie dwuskładnikowe."
        }
        Key::ReverifyReminderDm => {
            "🔁 Cześć! Na serwerze {server} czas na ponowne sprawdzenie aplikacją uwierzytelniającą dla roli {role}. Użyj `/weryfikuj` na tym serwerze przed {when}; w przeciwnym razie Keygate ją usunie (możesz ją odzyskać w każdej chwili, przechodząc weryfikację). Ta wiadomość celowo nie zawiera linku: nigdy nie wpisuj kodu nigdzie indziej."
        }
        // Slash commands: names (where a language has its own) and descriptions
        // The browser check of Discord's own 2FA
        Key::Check2faLink => {
            "Naciśnij przycisk, aby zalogować się przez Discord w przeglądarce. Discord przekaże wtedy Keygate tylko jedną rzecz: czy twoje konto ma włączone uwierzytelnianie dwuskładnikowe (2FA). Keygate nie przechowuje żadnego logowania i nie odczytuje nic więcej.\n\nLink działa raz, przez 10 minut i tylko dla ciebie: nie udostępniaj go."
        }
        Key::Check2faButton => "Sprawdź moje 2FA Discorda",
        Key::Check2faUnavailable => {
            "Sprawdzanie 2FA Discorda w przeglądarce nie jest włączone dla tego bota. Nadal możesz włączyć 2FA, korzystając z kroków w `/2fa poradnik`."
        }
        Key::WebOnTitle => "2FA Discorda jest włączone",
        Key::WebOnBody => {
            "Twoje konto Discord ma włączone uwierzytelnianie dwuskładnikowe. Keygate to zapisał i wszystko gotowe.\n\nMożesz zamknąć tę stronę i wrócić do Discorda."
        }
        Key::WebCheckedAccount => "Sprawdzono dla konta Discord **{name}**.",
        Key::WebRoleComing => {
            "Serwer daje członkom z 2FA Discorda osobną rolę: dostaniesz ją za chwilę."
        }
        Key::WebOffTitle => "2FA Discorda jest wyłączone",
        Key::WebOffBody => {
            "Twoje konto Discord nie ma jeszcze włączonego uwierzytelniania dwuskładnikowego (2FA). Każdy, kto zdobędzie twoje hasło lub zalogowaną sesję, mógłby przejąć twoje konto.\n\nOto jak je włączyć. Gdy skończysz, naciśnij **Sprawdź ponownie**."
        }
        Key::WebCheckAgainButton => "Sprawdź ponownie",
        Key::WebCancelledTitle => "Nic nie zostało sprawdzone",
        Key::WebCancelledBody => {
            "Anulowano na stronie Discorda, więc Keygate niczego nie sprawdził ani nie zapisał.\n\nGdy zechcesz spróbować ponownie, naciśnij przycisk poniżej (działa przez 10 minut od chwili, gdy poproszono o sprawdzenie)."
        }
        Key::WebInvalidTitle => "Ten link nie działa",
        Key::WebInvalidBody => {
            "Ten link do sprawdzenia nie pochodzi od Keygate albo jego część zginęła przy kopiowaniu. Nic nie zostało sprawdzone.\n\nW Discordzie użyj `/2fa sprawdź`, aby dostać nowy link."
        }
        Key::WebExpiredTitle => "Ten link wygasł",
        Key::WebExpiredBody => {
            "Linki do sprawdzenia działają przez 10 minut, żeby nikt inny nie mógł ich użyć. Nic nie zostało sprawdzone.\n\nW Discordzie użyj `/2fa sprawdź`, aby dostać nowy link."
        }
        Key::WebSpentTitle => "Ten link został już użyty",
        Key::WebSpentBody => {
            "Każdy link do sprawdzenia działa raz. Sprawdzenie, które rozpoczął, jest już zakończone.\n\nW Discordzie użyj `/2fa sprawdź`, aby dostać nowy link, jeśli chcesz sprawdzić ponownie."
        }
        Key::WebOtherAccountTitle => "To było inne konto Discord",
        Key::WebOtherAccountBody => {
            "Ten link został utworzony dla innego konta Discord niż to, na które się zalogowano, więc nic nie zostało zapisane.\n\nZaloguj się do Discorda w tej przeglądarce na konto, którego używasz na serwerze, a potem użyj tam ponownie `/2fa sprawdź`."
        }
        Key::WebDiscordFailedTitle => "Discord nie potwierdził logowania",
        Key::WebDiscordFailedBody => {
            "Discord nie odpowiedział Keygate tak, jak powinien, więc nic nie zostało zapisane. Zwykle trwa to krótko.\n\nPoczekaj minutę, a potem użyj `/2fa sprawdź` w Discordzie, aby dostać nowy link."
        }
        Key::WebDatabaseDownTitle => "Keygate nie mógł zapisać wyniku",
        Key::WebDatabaseDownBody => {
            "Keygate nie może teraz połączyć się ze swoją bazą danych, więc nic nie zostało zapisane.\n\nPoczekaj minutę, a potem użyj `/2fa sprawdź` w Discordzie, aby dostać nowy link."
        }
        Key::WebUnavailableTitle => "Sprawdzanie 2FA Discorda jest wyłączone",
        Key::WebUnavailableBody => {
            "Ten Keygate nie jest skonfigurowany do sprawdzania 2FA Discorda w przeglądarce."
        }
        Key::WebNotFoundTitle => "Nie znaleziono strony",
        Key::WebNotFoundBody => "Nic tu nie ma. Linki Keygate pochodzą od bota w Discordzie.",
        Key::WebBusyTitle => "Za dużo naraz",
        Key::WebBusyBody => {
            "W tej chwili sprawdza się bardzo wielu członków naraz, więc Keygate nie mógł jeszcze przyjąć twojego sprawdzenia. Nic nie zostało sprawdzone.\n\nPoczekaj kilka sekund, a potem odśwież tę stronę."
        }
        Key::CommandVerifyName => "weryfikuj",
        Key::CommandVerifyDescription => {
            "Zweryfikuj się aplikacją uwierzytelniającą albo ją skonfiguruj"
        }
        Key::Command2faDescription => {
            "Uwierzytelnianie dwuskładnikowe: twój status, kody zapasowe i 2FA samego Discorda"
        }
        Key::Command2faGuideName => "poradnik",
        Key::Command2faGuideDescription => {
            "Jak włączyć uwierzytelnianie dwuskładnikowe w samym Discordzie"
        }
        Key::Command2faStatusName => "status",
        Key::Command2faStatusDescription => {
            "Twoja konfiguracja, weryfikacja, pozostałe kody zapasowe i blokada na tym serwerze"
        }
        Key::Command2faBackupCodesName => "kody-zapasowe",
        Key::Command2faBackupCodesDescription => {
            "Utwórz nowy zestaw kodów zapasowych (wymaga kodu z aplikacji uwierzytelniającej)"
        }
        Key::Command2faRemoveName => "usuń",
        Key::Command2faRemoveDescription => {
            "Usuń aplikację uwierzytelniającą i kody zapasowe dla tego serwera (wymaga kodu)"
        }
        Key::Command2faCheckName => "sprawdź",
        Key::Command2faCheckDescription => {
            "Potwierdź w przeglądarce, że twoje konto Discord ma włączone 2FA"
        }
        Key::CommandGateDescription => "Moderatorzy: konfiguracja i obsługa bramki weryfikacyjnej",
        Key::CommandGateSetupDescription => {
            "Dodaj lub zmień bramkę (rolę nadawaną po kodzie) i ustawienia Keygate"
        }
        Key::CommandGateDropDescription => {
            "Przestań chronić rolę (członkowie, którzy ją mają, zachowają ją)"
        }
        Key::CommandGatePanelDescription => {
            "Opublikuj panel weryfikacji (przyciski Zweryfikuj i Poradnik 2FA) na kanale"
        }
        Key::CommandGateStatusDescription => {
            "Konfiguracja, weryfikacja, pozostałe kody zapasowe i blokada członka"
        }
        Key::CommandGateUnlockDescription => "Zdejmij blokadę z członka",
        Key::CommandGateRevokeDescription => {
            "Odbierz członkowi rolę zweryfikowanego (zachowa aplikację i może zweryfikować się ponownie)"
        }
        Key::CommandGateResetDescription => {
            "Zresetuj członka, który zgubił telefon: usuwa jego aplikację uwierzytelniającą i kody zapasowe"
        }
        Key::CommandGateStatsDescription => "Liczby: skonfigurowani, zweryfikowani, zablokowani",
        Key::CommandGateAuditDescription => {
            "Najnowsze wpisy dziennika audytu, dla wszystkich lub jednego członka"
        }
        Key::CommandGateConfigDescription => "Pokaż ustawienia bramki na tym serwerze",
        // Members' whole life at the gate: one-time codes, two-person approval, the unverified, stats
        Key::VerifiedBypass => {
            "✅ Kod przyjęty: bramka przepuściła cię dzięki jednorazowemu kodowi od moderatora. Ten kod jest już zużyty, a twoja stara konfiguracja aplikacji uwierzytelniającej została usunięta. Wkrótce użyj ponownie `/weryfikuj`, aby skonfigurować aplikację uwierzytelniającą na nowym telefonie: będzie potrzebna następnym razem."
        }
        Key::ReplyBypassExpired => {
            "Ten jednorazowy kod wygasł (takie kody są ważne 24 godziny). Poproś moderatora o nowy."
        }
        Key::GateBypassIssued => {
            "🔑 Jednorazowy kod dla {user}:\n`{code}`\n\nDziała raz, do {when}, zamiast kodu z aplikacji: ta osoba używa `/weryfikuj` i wpisuje go w polu. Przekaż go w zaufanym miejscu, nigdy na publicznym kanale. Potem ta osoba konfiguruje aplikację uwierzytelniającą od nowa. Kod jest pokazywany tylko ten jeden raz."
        }
        Key::GateBypassNotEnrolled => {
            "{user} nie ma tu skonfigurowanej aplikacji uwierzytelniającej, więc jednorazowy kod nie jest potrzebny: wystarczy użyć `/weryfikuj` i od razu skonfigurować nowy telefon."
        }
        Key::GateTwoPersonOwnerOnly => {
            "Tylko właściciel serwera może wyłączyć zatwierdzanie przez drugiego moderatora lub zmienić kanał logów, gdy jest ono włączone, aby konto jednego moderatora nie mogło go cofnąć. Nic nie zostało zmienione."
        }
        Key::GateAuditActor => " (kto: {user})",
        Key::GateAuditSubject => " (dotyczy: {user})",
        Key::GateTwoPersonNeedsLog => {
            "Zatwierdzanie przez dwie osoby publikuje każdą prośbę na kanale logów, a ten serwer jeszcze go nie ma. Dodaj `log_channel:` do tego samego polecenia `/gate konfiguruj` i spróbuj ponownie. Nic nie zostało zmienione."
        }
        Key::GateApprovalRequested => {
            "⏳ Twoja prośba czeka na drugiego moderatora: jest na kanale {channel} z przyciskami *Zatwierdź* i *Odrzuć* i wygaśnie {when}. Nie możesz zatwierdzić jej samodzielnie."
        }
        Key::GateApprovalNotPosted => {
            "Nie mogę opublikować prośby na kanale logów {channel}, więc o nic nie poproszono i nic nie zostało zmienione. Daj tam mojej roli uprawnienia **Wyświetlanie kanałów** i **Wysyłanie wiadomości**, a potem spróbuj ponownie."
        }
        Key::ApproveButton => "Zatwierdź",
        Key::DenyButton => "Odrzuć",
        Key::ApprovalOwnRequest => {
            "To twoja własna prośba, więc decyzję musi podjąć inny moderator. Na tym polega zatwierdzanie przez dwie osoby: jedno skradzione konto moderatora samo nie wystarczy."
        }
        Key::ApprovalExpired => {
            "Ta prośba wygasła (prośby są ważne 24 godziny). Jeśli to wciąż potrzebne, użyj polecenia ponownie."
        }
        Key::ApprovalAlreadyDecided => "Ta prośba została już rozpatrzona.",
        Key::ApprovalDenied => "🚫 Odrzucono: dla {user} nic nie zostało zmienione.",
        Key::ApprovalNoteApproved => "✅ Zatwierdzone przez {moderator}.",
        Key::ApprovalNoteDenied => "🚫 Odrzucone przez {moderator}.",
        Key::ApprovalNoteExpired => "⌛ Wygasło bez decyzji.",
        Key::GateKickNeedsYourPermission => {
            "Abym usuwał członków, którzy nie przejdą weryfikacji, sam potrzebujesz uprawnienia **Wyrzucanie członków**. Poproś właściciela serwera lub administratora. Nic nie zostało zmienione."
        }
        Key::GateKickNeedsPermission => {
            "Aby usuwać członków, którzy nie przejdą weryfikacji, potrzebuję uprawnienia **Wyrzucanie członków**. Daj je mojej roli w Ustawieniach serwera → Role, a potem ponownie użyj `/gate konfiguruj`. Nic nie zostało zmienione."
        }
        Key::GateKickBeforeRemind => {
            "`kick_after` ({kick}) musi być dłuższe niż `remind_after` ({remind}), żeby członkowie najpierw dostali przypomnienie. Nic nie zostało zmienione."
        }
        Key::GateUnverifiedNeedsIntent => {
            "Przypominanie lub usuwanie członków bez weryfikacji wymaga intentu Discorda **Server Members**, którego ten bot nie ma, więc Keygate nie wie, kto dołącza. Nic nie zostało zmienione. Operator bota może go włączyć w Developer Portal (Bot → Privileged Gateway Intents) i uruchomić Keygate ponownie."
        }
        Key::GateSettingsUnverified => {
            "Nowi członkowie, którzy nie przeszli jeszcze pierwszej bramki: przypomnienie w wiadomości prywatnej po {remind}, usunięcie po {kick}."
        }
        Key::GateSettingsTwoPerson => {
            "Wymóg drugiego zatwierdzenia dla `/gate resetuj` i `/gate kod-jednorazowy`: {on}."
        }
        Key::JoinReminderDm => {
            "👋 Cześć! Jesteś na serwerze {server} (dołączenie: {joined}), ale weryfikacja nie jest jeszcze ukończona. Aby wejść, użyj `/weryfikuj` na serwerze i wykonaj kolejne kroki; zajmuje to około minuty.{kick}"
        }
        Key::JoinReminderKickNote => {
            " Jeśli tego nie zrobisz, Keygate usunie cię z serwera {when}. Później możesz dołączyć ponownie."
        }
        Key::KickAuditReason => {
            "Keygate: brak przejścia przez bramkę weryfikacyjną w ciągu {after} od dołączenia"
        }
        Key::StatsWaiting => "**Nowi członkowie bez weryfikacji:** {waiting}",
        Key::StatsChartHeading => {
            "**Ostatnie 30 dni** (na dzień: ✅ weryfikacje, ❌ nieudane próby, 🔒 blokady, ⚠️ powtórzone kody). Wymienione są tylko dni z aktywnością; wykres pokazuje wszystkie 30."
        }
        Key::StatsChartNone => {
            "**Ostatnie 30 dni:** brak weryfikacji, nieudanych prób, blokad i powtórzonych kodów."
        }
        Key::StatsChartTitle => "Keygate, ostatnie 30 dni",
        Key::StatsChartVerifications => "Weryfikacje",
        Key::StatsChartFailures => "Nieudane próby",
        Key::StatsChartLockouts => "Blokady",
        Key::StatsChartReplays => "Powtórzone kody",
        // Log channel lines (in the server's language). Mentions render as names: the post pings nobody
        Key::LogEnrollmentStarted => "🆕 {user} zaczyna konfigurować aplikację uwierzytelniającą.",
        Key::LogEnrolled => {
            "✅ {user} konfiguruje aplikację uwierzytelniającą i przechodzi przez bramkę: dostaje {role}{until}."
        }
        Key::LogModeratorEnrolled => {
            "🚨 {user}, osoba z dostępem do `/gate`, konfiguruje nową aplikację uwierzytelniającą i przechodzi przez bramkę: dostaje {role}{until}. Gdy kody moderatora są włączone, kody z tej aplikacji przechodzą teraz kontrole moderatora. Jeśli to nie była ta osoba, jej konto mogło zostać przejęte: inny moderator powinien użyć na niej `/gate resetuj`."
        }
        Key::LogVerifiedAuthenticator => {
            "✅ {user} przechodzi przez bramkę aplikacją uwierzytelniającą: dostaje {role}{until}."
        }
        Key::LogVerifiedBackup => {
            "✅ {user} przechodzi przez bramkę kodem zapasowym (pozostało kodów: {remaining}): dostaje {role}{until}."
        }
        Key::LogVerifiedBypass => {
            "✅ {user} przechodzi przez bramkę jednorazowym kodem od moderatora: dostaje {role}{until}. Stara konfiguracja aplikacji uwierzytelniającej tej osoby została usunięta; następnym razem skonfiguruje nową."
        }
        Key::LogUntil => " do {when}",
        Key::LogNewBackupCodes => "🔑 {user} tworzy nowy zestaw kodów zapasowych.",
        Key::LogRemovedThemselves => "🗑️ {user} usuwa swoją aplikację uwierzytelniającą z bramki.",
        Key::LogReplayed => {
            "⚠️ {user} podaje kod, który był już użyty (możliwe ponowne użycie przechwyconego kodu). Kod został odrzucony.{lock}"
        }
        Key::LogTooManyWrong => "🔒 {user} wpisuje zbyt wiele błędnych kodów.{lock}",
        Key::LogNotACode => "❌ {user} wpisuje coś, co nie jest kodem.",
        Key::LogWrongCode => "❌ {user} wpisuje błędny kod.",
        Key::LogLockedUntil => " Blokada do {when}.",
        Key::LogLockedUntilUnlocked => " Blokada do czasu, aż moderator użyje `/gate odblokuj`.",
        Key::LogConfiguredGate => "⚙️ {moderator} ustawia bramkę do roli {role} ({rules}).",
        Key::LogConfiguredSettings => "⚙️ {moderator} zmienia ustawienia.",
        Key::LogConfiguredDetails => " Kanał logów: {log}; kod moderatora: {code}.",
        Key::LogGateDropped => {
            "⚙️ {moderator} usuwa bramkę do roli {role}. Członkowie, którzy ją mają, zachowują ją (rola czasowa do końca swojego czasu)."
        }
        Key::LogPanelPosted => "⚙️ {moderator} publikuje panel weryfikacji na kanale {channel}.",
        Key::LogUnlocked => "🔓 {moderator} odblokowuje użytkownika {user}.",
        Key::LogRevoked => "⛔ {moderator} odbiera {role} użytkownikowi {user}.",
        Key::LogEndedExpired => "⌛ {user}: czas z rolą {role} minął, rola została usunięta.",
        Key::LogEndedEarly => "⌛ {user} kończy wcześniej swój czas z rolą {role}.",
        Key::LogEligibilityLost => {
            "🚪 {user} nie ma już roli {needs}, więc rola {role} (która jej wymaga) jest usuwana."
        }
        Key::LogReverification => {
            "🔁 Ponowna weryfikacja. Przypomnienia w wiadomości prywatnej: {reminded} (do tego z zamkniętymi wiadomościami prywatnymi: {closed}, poza serwerem: {left}). Usunięte role członków bez ponownej weryfikacji na czas: {removed}."
        }
        Key::LogReset => {
            "♻️ {moderator} resetuje konfigurację uwierzytelniania dwuskładnikowego użytkownika {user}. Powód: `{reason}`"
        }
        Key::LogApprovedBy => " Zatwierdzone przez {approver}.",
        Key::LogBypassIssued => {
            "🔑 {moderator} daje użytkownikowi {user} jednorazowy kod po zgubieniu telefonu (ważny do {when})."
        }
        Key::LogApprovalReset => {
            "🧑‍⚖️ {moderator} prosi o zresetowanie konfiguracji uwierzytelniania dwuskładnikowego użytkownika {user} (powód: `{reason}`). Musi to zatwierdzić inny moderator; prośba wygaśnie {when}."
        }
        Key::LogApprovalBypass => {
            "🧑‍⚖️ {moderator} prosi o jednorazowy kod dla użytkownika {user} po zgubieniu telefonu. Musi to zatwierdzić inny moderator; prośba wygaśnie {when}."
        }
        Key::LogApprovalDenied => {
            "🚫 {approver} odrzuca prośbę moderatora {moderator} dotyczącą użytkownika {user}. Nic nie zostało zmienione."
        }
        Key::LogRoleNotEligible => {
            "🚪 Rola {role} nie została nadana użytkownikowi {user}: ta osoba nie ma już roli {needs}, której wymaga bramka."
        }
        Key::LogRoleDangerous => {
            "⚠️ Rola {role} nie została nadana użytkownikowi {user}: ma teraz potężne uprawnienia ({permissions}), a jej bramka przepuszcza każdego członka. Dodaj `eligible:` poleceniem `/gate konfiguruj` albo odbierz roli te uprawnienia."
        }
        Key::LogRoleGrantFailed => {
            "⚠️ Nie udało mi się nadać roli {role} użytkownikowi {user}: {why}"
        }
        Key::LogRoleRemoveFailed => {
            "⚠️ Nie udało mi się odebrać roli {role} użytkownikowi {user}: {why}"
        }
        Key::LogDiscordGone => {
            "Discord odpowiedział 404 (członka nie ma już na serwerze albo rola została usunięta)."
        }
        Key::LogDiscordFailed => "Discord odpowiedział: {status}.",
        Key::LogOwnerNeeds2faGrant => {
            "Discord odpowiedział 403 (kod 60003): ten serwer wymaga 2FA do działań moderacyjnych, a konto, do którego należy aplikacja Keygate, nie ma włączonego 2FA. Jak to naprawić: **właściciel aplikacji Keygate musi włączyć 2FA** (Discord: Ustawienia użytkownika → Moje konto). Członek dostanie rolę, gdy tylko 2FA zostanie włączone."
        }
        Key::LogOwnerNeeds2faRemove => {
            "Discord odpowiedział 403 (kod 60003): ten serwer wymaga 2FA do działań moderacyjnych, a konto, do którego należy aplikacja Keygate, nie ma włączonego 2FA. Jak to naprawić: **właściciel aplikacji Keygate musi włączyć 2FA** (Discord: Ustawienia użytkownika → Moje konto). Do tego czasu członek zachowuje rolę; zostanie ona odebrana, gdy tylko 2FA zostanie włączone."
        }
        Key::LogForbidden => {
            "Discord odpowiedział 403 (brak dostępu). Jak to naprawić: daj mojej roli uprawnienie **Zarządzanie rolami** i przeciągnij moją rolę **nad** {role} w Ustawieniach serwera → Role. Potem członek może ponownie użyć `/weryfikuj`."
        }
        Key::LogGuideOnJoin => {
            "📬 Poradnik przy dołączaniu: wysłano poradnik 2FA nowym członkom (liczba: {sent}). Nie wysłano: zamknięte wiadomości prywatne: {closed}; poradnik otrzymany w ciągu ostatnich 30 dni: {recent}; boty: {bots}; ponad limit {per_window} na {window} s: {capped}."
        }
        Key::LogUnverified => {
            "⏳ Nowi członkowie bez weryfikacji. Przypomnienia w wiadomości prywatnej: {reminded} (zamknięte wiadomości prywatne: {closed}); usunięto: {kicked}; wyjątki: {exempt} (boty, właściciel, członkowie z rolą nadaną po dołączeniu lub wyższą niż moja); nadal czeka: {waiting}. Limit usuwania: {per_pass} na minutę; reszta czeka na swoją kolej."
        }
        Key::LogKickRefused => {
            "⚠️ Nie udało mi się usunąć członka bez weryfikacji: Discord odmówił (403). Daj mojej roli uprawnienie **Wyrzucanie członków** i przeciągnij ją nad role członków albo wyłącz usuwanie poleceniem `/gate konfiguruj kick_after:off`."
        }
        Key::LogTwoPersonOn => " Wymóg drugiego zatwierdzenia: {on}.",
        Key::LogUnverifiedSettings => {
            " Członkowie bez weryfikacji: przypomnienie po {remind}, usunięcie po {kick}."
        }
        // Slash commands: the moderator commands' names, and every option's description
        Key::CommandGateSetupName => "konfiguruj",
        Key::CommandGateDropName => "usuń",
        Key::CommandGatePanelName => "panel",
        Key::CommandGateStatusName => "status",
        Key::CommandGateUnlockName => "odblokuj",
        Key::CommandGateRevokeName => "odbierz",
        Key::CommandGateResetName => "resetuj",
        Key::CommandGateBypassName => "kod-jednorazowy",
        Key::CommandGateStatsName => "statystyki",
        Key::CommandGateAuditName => "audyt",
        Key::CommandGateConfigName => "ustawienia",
        Key::CommandGateBypassDescription => {
            "Jednorazowy kod dla członka po zgubieniu telefonu (działa raz, przez 24 h)"
        }
        Key::OptionVerifyRole => {
            "Rola, dla której chcesz przejść weryfikację (domyślnie: wybierasz z dostępnych ról)"
        }
        Key::OptionSetupRole => "Rola, którą Keygate nadaje po poprawnym kodzie",
        Key::OptionSetupEligible => {
            "Przejść mogą tylko członkowie, którzy już mają tę rolę (na przykład @Moderator)"
        }
        Key::OptionSetupLasts => {
            "Usuń rolę po takim czasie od każdego przejścia, np. 1h lub 7d (od 1m do 30d; off czyści)"
        }
        Key::OptionSetupReverifyEvery => {
            "Usuń rolę bez ponownego przejścia co tyle, np. 30d (od 1d do 365d; off czyści)"
        }
        Key::OptionSetupDiscord2fa => {
            "Przejść mogą tylko członkowie z potwierdzonym 2FA Discorda (/2fa sprawdź, w ciągu 30 dni)"
        }
        Key::OptionSetupDiscord2faRole => {
            "Rola od Keygate dla członków, u których /2fa sprawdź wykryło 2FA Discorda (to nie bramka)"
        }
        Key::OptionSetupLogChannel => {
            "Kanał na log Keygate z weryfikacjami i działaniami moderatorów"
        }
        Key::OptionSetupGuideOnJoin => "Wysyłaj nowym członkom poradnik do 2FA samego Discorda",
        Key::OptionSetupModeratorCode => {
            "Wymagaj od moderatorów kodu z aplikacji przed: konfiguruj, usuń, odblokuj, odbierz, resetuj"
        }
        Key::OptionSetupRemindAfter => {
            "Napisz do nowych członków bez weryfikacji po takim czasie, np. 1d (od 1m do 30d; off czyści)"
        }
        Key::OptionSetupKickAfter => {
            "Usuń nowych członków bez weryfikacji po takim czasie, np. 7d (od 1m do 30d; off czyści)"
        }
        Key::OptionSetupTwoPersonReset => {
            "resetuj i kod-jednorazowy wymagają zatwierdzenia drugiego moderatora na kanale logów"
        }
        Key::OptionDropRole => {
            "Rola, która przestanie być chroniona (członkowie, którzy ją mają, zachowają ją)"
        }
        Key::OptionPanelChannel => "Gdzie go opublikować (domyślnie: ten kanał)",
        Key::OptionPanelRole => {
            "Bramka, do której prowadzi przycisk Zweryfikuj (domyślnie: wybiera członek)"
        }
        Key::OptionMember => "Członek",
        Key::OptionRevokeUser => {
            "Członek, któremu odebrać role z bramek (zachowa aplikację uwierzytelniającą)"
        }
        Key::OptionRevokeRole => {
            "Tylko ta rola z bramki (domyślnie: wszystkie role z bramek tej osoby)"
        }
        Key::OptionResetReason => "Powód (zapisywany w dzienniku audytu)",
        Key::OptionAuditUser => "Tylko ten członek",
    }
}
