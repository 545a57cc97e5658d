<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>QObject</name>
    <message>
        <source>At least 8 characters (your organisation may ask for more).</source>
        <translation>Co najmniej 8 znaków (organizacja może wymagać więcej).</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Oba hasła się różnią.</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technik</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Master administrator</source>
        <translation>Główny administrator</translation>
    </message>
    <message>
        <source>Unknown role</source>
        <translation>Nieznana rola</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 godz. %2 min</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>Wrong e-mail address or password.</source>
        <translation>Nieprawidłowy adres e-mail lub hasło.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins: this account is locked for %n more minute(s).</source>
        <translation>
            <numerusform>Zbyt wiele nieudanych logowań: to konto jest zablokowane jeszcze przez %n minutę.</numerusform>
            <numerusform>Zbyt wiele nieudanych logowań: to konto jest zablokowane jeszcze przez %n minuty.</numerusform>
            <numerusform>Zbyt wiele nieudanych logowań: to konto jest zablokowane jeszcze przez %n minut.</numerusform>
        </translation>
    </message>
    <message>
        <source>This account is disabled. Ask your administrator.</source>
        <translation>To konto jest wyłączone. Skontaktuj się z administratorem.</translation>
    </message>
    <message>
        <source>The relay&apos;s certificate is not trusted (%1). Check the CA certificate file and the relay address.</source>
        <translation>Certyfikat przekaźnika nie jest zaufany (%1). Sprawdź plik certyfikatu CA i adres przekaźnika.</translation>
    </message>
    <message>
        <source>The relay cannot be reached (%1).</source>
        <translation>Nie można połączyć się z przekaźnikiem (%1).</translation>
    </message>
    <message>
        <source>The connection to the relay was lost (%1).</source>
        <translation>Utracono połączenie z przekaźnikiem (%1).</translation>
    </message>
    <message>
        <source>Limit reached: %1</source>
        <translation>Osiągnięto limit: %1</translation>
    </message>
    <message>
        <source>This console is too old or too new for the relay (%1).</source>
        <translation>Ta konsola jest za stara lub za nowa dla przekaźnika (%1).</translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation>Niedozwolone: %1</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Coś poszło nie tak.</translation>
    </message>
    <message>
        <source>View screen</source>
        <translation>Podgląd ekranu</translation>
    </message>
    <message>
        <source>Remote control</source>
        <translation>Zdalne sterowanie</translation>
    </message>
    <message>
        <source>Send files</source>
        <translation>Wysyłanie plików</translation>
    </message>
    <message>
        <source>Receive files</source>
        <translation>Odbieranie plików</translation>
    </message>
    <message>
        <source>Manage files</source>
        <translation>Zarządzanie plikami</translation>
    </message>
    <message>
        <source>System information</source>
        <translation>Informacje o systemie</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Ponowne uruchomienie</translation>
    </message>
    <message>
        <source>Clipboard sharing</source>
        <translation>Udostępnianie schowka</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Nagrywanie</translation>
    </message>
    <message>
        <source>The disk is full (%1). Nothing half-written was kept.</source>
        <translation>Dysk jest pełny (%1). Nie zachowano niczego zapisanego w połowie.</translation>
    </message>
    <message>
        <source>The file changed while it was being sent (%1). Send it again.</source>
        <translation>Plik zmienił się podczas wysyłania (%1). Wyślij go ponownie.</translation>
    </message>
    <message>
        <source>The data arrived damaged and was not kept (%1).</source>
        <translation>Dane dotarły uszkodzone i nie zostały zachowane (%1).</translation>
    </message>
    <message>
        <source>It already exists (%1).</source>
        <translation>Już istnieje (%1).</translation>
    </message>
    <message>
        <source>Not found (%1).</source>
        <translation>Nie znaleziono (%1).</translation>
    </message>
    <message>
        <source>This account uses two-step sign-in: enter the code from your authenticator app.</source>
        <translation>To konto używa logowania dwuetapowego: wpisz kod z aplikacji uwierzytelniającej.</translation>
    </message>
</context>
<context>
    <name>lifeline::console::AdminCenter</name>
    <message>
        <source>Chat (on at the start)</source>
        <translation>Czat (włączony na początku)</translation>
    </message>
    <message>
        <source>Technician may switch chat on and off</source>
        <translation>Technik może włączać i wyłączać czat</translation>
    </message>
    <message>
        <source>Start remote control</source>
        <translation>Rozpocząć zdalne sterowanie</translation>
    </message>
    <message>
        <source>Start desktop viewing</source>
        <translation>Rozpocząć podgląd pulpitu</translation>
    </message>
    <message>
        <source>Send files</source>
        <translation>Wysyłać pliki</translation>
    </message>
    <message>
        <source>Receive files</source>
        <translation>Odbierać pliki</translation>
    </message>
    <message>
        <source>File manager</source>
        <translation>Menedżer plików</translation>
    </message>
    <message>
        <source>Manage the customer&apos;s files</source>
        <translation>Zarządzać plikami klienta</translation>
    </message>
    <message>
        <source>Send web addresses</source>
        <translation>Wysyłać adresy stron</translation>
    </message>
    <message>
        <source>View system information</source>
        <translation>Wyświetlać informacje o systemie</translation>
    </message>
    <message>
        <source>Restart the customer&apos;s computer</source>
        <translation>Ponownie uruchamiać komputer klienta</translation>
    </message>
    <message>
        <source>Record sessions</source>
        <translation>Nagrywać sesje</translation>
    </message>
    <message>
        <source>Record only with the customer&apos;s consent</source>
        <translation>Nagrywać tylko za zgodą klienta</translation>
    </message>
    <message>
        <source>Start private (PIN) sessions</source>
        <translation>Rozpoczynać sesje prywatne (PIN)</translation>
    </message>
    <message>
        <source>One question for all permissions</source>
        <translation>Jedno pytanie o wszystkie uprawnienia</translation>
    </message>
    <message>
        <source>Transfer sessions to anyone</source>
        <translation>Przekazywać sesje każdemu</translation>
    </message>
    <message>
        <source>Transfer sessions to chosen groups</source>
        <translation>Przekazywać sesje wybranym grupom</translation>
    </message>
    <message>
        <source>Put sessions on hold</source>
        <translation>Wstrzymywać sesje</translation>
    </message>
    <message>
        <source>Clipboard synchronisation</source>
        <translation>Synchronizacja schowka</translation>
    </message>
    <message>
        <source>Share own screen with customers</source>
        <translation>Udostępniać własny ekran klientom</translation>
    </message>
    <message>
        <source>Invite another technician</source>
        <translation>Zapraszać innego technika</translation>
    </message>
    <message>
        <source>Run scripts</source>
        <translation>Uruchamiać skrypty</translation>
    </message>
    <message>
        <source>Unattended access</source>
        <translation>Dostęp nienadzorowany</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacja</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Odśwież</translation>
    </message>
    <message>
        <source>New group…</source>
        <translation>Nowa grupa…</translation>
    </message>
    <message>
        <source>Use the permissions of the group above</source>
        <translation>Używać uprawnień grupy nadrzędnej</translation>
    </message>
    <message>
        <source>Lock these permissions (other administrators cannot change them, here or below)</source>
        <translation>Zablokuj te uprawnienia (inni administratorzy nie mogą ich zmieniać tutaj ani niżej)</translation>
    </message>
    <message>
        <source>Technicians sign in with an authenticator code (two-step sign-in)</source>
        <translation>Technicy logują się kodem z aplikacji uwierzytelniającej (logowanie dwuetapowe)</translation>
    </message>
    <message>
        <source>What technicians in this group may do</source>
        <translation>Co mogą robić technicy w tej grupie</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nazwa:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Opis:</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nigdy</translation>
    </message>
    <message>
        <source>no warning</source>
        <translation>bez ostrzeżenia</translation>
    </message>
    <message>
        <source>Empty: sign-in from anywhere. Otherwise, for example:
default deny
allow 192.0.2.0/24
allow 2001:db8::/32</source>
        <translation>Puste: logowanie z dowolnego miejsca. W przeciwnym razie na przykład:
default deny
allow 192.0.2.0/24
allow 2001:db8::/32</translation>
    </message>
    <message>
        <source>Minimum password length:</source>
        <translation>Minimalna długość hasła:</translation>
    </message>
    <message>
        <source>Character classes (of lower, upper, digit, symbol):</source>
        <translation>Klasy znaków (spośród małych, wielkich liter, cyfr, symboli):</translation>
    </message>
    <message>
        <source>Password expires after (days):</source>
        <translation>Hasło wygasa po (dniach):</translation>
    </message>
    <message>
        <source>Warn before it expires (days):</source>
        <translation>Ostrzegać przed wygaśnięciem (dni):</translation>
    </message>
    <message>
        <source>Password policy</source>
        <translation>Zasady haseł</translation>
    </message>
    <message>
        <source>IP restrictions for signing in (the most specific network decides):</source>
        <translation>Ograniczenia IP logowania (decyduje najbardziej szczegółowa sieć):</translation>
    </message>
    <message>
        <source>Group and permissions</source>
        <translation>Grupa i uprawnienia</translation>
    </message>
    <message>
        <source>Sign-in rules</source>
        <translation>Zasady logowania</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Nie wykonano: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Zapisano.</translation>
    </message>
    <message>
        <source>%1 (locked)</source>
        <translation>%1 (zablokowane)</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source> (disabled)</source>
        <translation> (wyłączone)</translation>
    </message>
    <message>
        <source>Administrators</source>
        <translation>Administratorzy</translation>
    </message>
    <message>
        <source>A master administrator has locked these permissions.</source>
        <translation>Główny administrator zablokował te uprawnienia.</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Nowa grupa</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Keep customers&apos; IP addresses in the session records</source>
        <translation>Przechowuj adresy IP klientów w zapisach sesji</translation>
    </message>
    <message>
        <source>A PIN is valid for:</source>
        <translation>PIN jest ważny przez:</translation>
    </message>
    <message>
        <source>Drag groups and technicians onto a group to move them.</source>
        <translation>Przeciągnij grupy i techników na grupę, aby ich przenieść.</translation>
    </message>
    <message>
        <source>New person…</source>
        <translation>Nowa osoba…</translation>
    </message>
    <message>
        <source>Empty: the organisation&apos;s rules only. Otherwise, for example:
default deny
allow 192.0.2.0/24</source>
        <translation>Puste: tylko reguły organizacji. W przeciwnym razie na przykład:
default deny
allow 192.0.2.0/24</translation>
    </message>
    <message>
        <source>Delete group…</source>
        <translation>Usuń grupę…</translation>
    </message>
    <message>
        <source>Where its technicians (and those below) may sign in from, besides the organisation&apos;s rules:</source>
        <translation>Skąd jej technicy (i ci poniżej) mogą się logować, oprócz reguł organizacji:</translation>
    </message>
    <message>
        <source>Enabled (may sign in)</source>
        <translation>Aktywne (może się logować)</translation>
    </message>
    <message>
        <source>Manages:</source>
        <translation>Zarządza:</translation>
    </message>
    <message>
        <source>Reset two-step sign-in…</source>
        <translation>Zresetuj logowanie dwuetapowe…</translation>
    </message>
    <message>
        <source>Set password…</source>
        <translation>Ustaw hasło…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Usuń…</translation>
    </message>
    <message>
        <source>Nickname (customers see it):</source>
        <translation>Pseudonim (widzą go klienci):</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rola:</translation>
    </message>
    <message>
        <source>Technician group:</source>
        <translation>Grupa techników:</translation>
    </message>
    <message>
        <source>Two-step sign-in:</source>
        <translation>Logowanie dwuetapowe:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Hasło:</translation>
    </message>
    <message>
        <source>Choose a group or a person in the organisation.</source>
        <translation>Wybierz grupę lub osobę w organizacji.</translation>
    </message>
    <message>
        <source>From the customer joining until they accept the terms.</source>
        <translation>Od dołączenia klienta do zaakceptowania przez niego warunków.</translation>
    </message>
    <message>
        <source>From the PIN until the customer joins, even if the PIN would still be valid.</source>
        <translation>Od kodu PIN do dołączenia klienta, nawet jeśli PIN byłby jeszcze ważny.</translation>
    </message>
    <message>
        <source>An active session in which neither side sent anything: no chat, no screen, no input, no files.</source>
        <translation>Aktywna sesja, w której żadna ze stron nic nie wysłała: bez czatu, ekranu, wejścia i plików.</translation>
    </message>
    <message>
        <source>Empty: customers are not asked to accept terms. Plain text, shown before anything else.</source>
        <translation>Puste: klienci nie akceptują warunków. Zwykły tekst, pokazywany przed wszystkim innym.</translation>
    </message>
    <message>
        <source>Waiting sessions time out after:</source>
        <translation>Sesje oczekujące wygasają po:</translation>
    </message>
    <message>
        <source>Connecting sessions time out after:</source>
        <translation>Sesje w trakcie łączenia wygasają po:</translation>
    </message>
    <message>
        <source>Idle sessions time out after:</source>
        <translation>Bezczynne sesje wygasają po:</translation>
    </message>
    <message>
        <source>Sessions at once per technician:</source>
        <translation>Jednoczesne sesje na technika:</translation>
    </message>
    <message>
        <source>Terms and conditions every customer accepts first:</source>
        <translation>Warunki, które każdy klient najpierw akceptuje:</translation>
    </message>
    <message>
        <source>Session rules</source>
        <translation>Reguły sesji</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Raporty</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Usunięto.</translation>
    </message>
    <message>
        <source>Created.</source>
        <translation>Utworzono.</translation>
    </message>
    <message>
        <source>Moved.</source>
        <translation>Przeniesiono.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <source>Set up.</source>
        <translation>Skonfigurowane.</translation>
    </message>
    <message>
        <source>Not set up.</source>
        <translation>Nieskonfigurowane.</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Usunąć: %1?</translation>
    </message>
    <message>
        <source>%1 can no longer sign in, and this cannot be undone. Someone who has held sessions is kept for the records: disable them instead.</source>
        <translation>%1 nie będzie mógł się zalogować i nie da się tego cofnąć. Kto prowadził sesje, zostaje w rejestrach: zamiast tego go wyłącz.</translation>
    </message>
    <message>
        <source>Delete the group %1?</source>
        <translation>Usunąć grupę %1?</translation>
    </message>
    <message>
        <source>Only an empty group can be deleted: move its groups and technicians first.</source>
        <translation>Usunąć można tylko pustą grupę: najpierw przenieś jej grupy i techników.</translation>
    </message>
    <message>
        <source>Reset two-step sign-in for %1?</source>
        <translation>Zresetować logowanie dwuetapowe dla %1?</translation>
    </message>
    <message>
        <source>Their authenticator app and recovery codes stop working. They sign in with the password alone and set it up again (at once, when their group requires it).</source>
        <translation>Aplikacja uwierzytelniająca i kody odzyskiwania przestaną działać. Osoba zaloguje się samym hasłem i skonfiguruje je ponownie (od razu, jeśli wymaga tego jej grupa).</translation>
    </message>
</context>
<context>
    <name>lifeline::console::FileManager</name>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Zmodyfikowano</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>W górę</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Odśwież</translation>
    </message>
    <message>
        <source>Ask for file access</source>
        <translation>Poproś o dostęp do plików</translation>
    </message>
    <message>
        <source>Ask the customer to allow sending, receiving and managing files.</source>
        <translation>Poproś klienta o zgodę na wysyłanie, odbieranie i zarządzanie plikami.</translation>
    </message>
    <message>
        <source>Send →</source>
        <translation>Wyślij →</translation>
    </message>
    <message>
        <source>Send the selected files and folders to the customer&apos;s download folder.</source>
        <translation>Wyślij wybrane pliki i foldery do folderu pobranych klienta.</translation>
    </message>
    <message>
        <source>← Fetch</source>
        <translation>← Pobierz</translation>
    </message>
    <message>
        <source>Fetch the selected files and folders into %1.</source>
        <translation>Pobierz wybrane pliki i foldery do %1.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Ten komputer</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Klient:</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Postęp</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Prędkość</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Pozostały czas</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Ponów</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(shared folder)</source>
        <translation>(folder udostępniony)</translation>
    </message>
    <message>
        <source>New folder %1</source>
        <translation>Nowy folder %1</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>Zmień nazwę %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Usuń %1</translation>
    </message>
    <message>
        <source>New folder…</source>
        <translation>Nowy folder…</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Nowy folder</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nazwa:</translation>
    </message>
    <message>
        <source>Fetch</source>
        <translation>Pobierz</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Zmień nazwę…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Zmień nazwę</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nowa nazwa:</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Usuń…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Delete %1 on the customer&apos;s computer, with everything in it?</source>
        <translation>Usunąć %1 na komputerze klienta razem z całą zawartością?</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>← %1</source>
        <translation>← %1</translation>
    </message>
    <message>
        <source>Waiting for the customer…</source>
        <translation>Oczekiwanie na klienta…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 z %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>W toku</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <source>Done — in %1</source>
        <translation>Gotowe — w %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Niepowodzenie: %1</translation>
    </message>
    <message>
        <source>Transfer failed: %1 Right-click it to retry; it goes on where it stopped.</source>
        <translation>Transfer nieudany: %1 Kliknij prawym przyciskiem, aby ponowić; wznowi się tam, gdzie się zatrzymał.</translation>
    </message>
    <message>
        <source>The customer&apos;s files cannot be shown: %1</source>
        <translation>Nie można pokazać plików klienta: %1</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1: gotowe.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Opublikuj</translation>
    </message>
    <message>
        <source>Offer the selected files for the customer to download when they choose (basic file transfer).</source>
        <translation>Udostępnij zaznaczone pliki, aby klient mógł je pobrać, kiedy zechce (prosty transfer plików).</translation>
    </message>
    <message>
        <source>Publish for the customer to download</source>
        <translation>Opublikuj do pobrania przez klienta</translation>
    </message>
    <message>
        <source>Stop publishing</source>
        <translation>Zakończ publikowanie</translation>
    </message>
    <message>
        <source>The customer no longer sees the selected files (downloads under way go on).</source>
        <translation>Klient nie widzi już zaznaczonych plików (trwające pobierania są kontynuowane).</translation>
    </message>
    <message>
        <source>Published — the customer can download these:</source>
        <translation>Opublikowane — klient może pobrać te pliki:</translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation>Nie opublikowano: %1</translation>
    </message>
    <message>
        <source>⇣ %1 (the customer downloads it)</source>
        <translation>⇣ %1 (klient go pobiera)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… i jeszcze %n</numerusform>
            <numerusform>… i jeszcze %n</numerusform>
            <numerusform>… i jeszcze %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already exist on the customer&apos;s computer:</source>
        <translation>
            <numerusform>%n plik już istnieje na komputerze klienta:</numerusform>
            <numerusform>%n pliki już istnieją na komputerze klienta:</numerusform>
            <numerusform>%n plików już istnieje na komputerze klienta:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already exist in %1:</source>
        <translation>
            <numerusform>%n plik już istnieje w %1:</numerusform>
            <numerusform>%n pliki już istnieją w %1:</numerusform>
            <numerusform>%n plików już istnieje w %1:</numerusform>
        </translation>
    </message>
    <message>
        <source>Files already there</source>
        <translation>Pliki już istnieją</translation>
    </message>
    <message>
        <source>Replace them with the new ones, keep both (the new ones get a number), or skip them?</source>
        <translation>Zastąpić je nowymi, zachować oba (nowe dostaną numer) czy pominąć?</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Zastąp</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Zachowaj oba</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Pomiń</translation>
    </message>
    <message numerus="yes">
        <source>Done — %n skipped</source>
        <translation>
            <numerusform>Gotowe — pominięto %n</numerusform>
            <numerusform>Gotowe — pominięto %n</numerusform>
            <numerusform>Gotowe — pominięto %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The customer sees the published files and can download them.</source>
        <translation>Klient widzi opublikowane pliki i może je pobrać.</translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) taken — waiting for your choice</source>
        <translation>
            <numerusform>%n nazwa zajęta — czeka na Twój wybór</numerusform>
            <numerusform>%n nazwy zajęte — czeka na Twój wybór</numerusform>
            <numerusform>%n nazw zajętych — czeka na Twój wybór</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeline::console::MainWindow</name>
    <message>
        <source>Lifeline Console</source>
        <translation>Konsola Lifeline</translation>
    </message>
    <message>
        <source>New session…</source>
        <translation>Nowa sesja…</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesje</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>Utracono połączenie</translation>
    </message>
    <message>
        <source>The console lost its connection to the relay: %1 Sessions in tabs keep their own connections; sign in again to see the queue.</source>
        <translation>Konsola utraciła połączenie z przekaźnikiem: %1 Sesje w kartach mają własne połączenia; zaloguj się ponownie, aby zobaczyć kolejkę.</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>Zapisano o %1.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nie zapisano: %1</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sesja</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>&amp;Nowa sesja…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>U&amp;stawienia</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <source>The console uses the new language from its next start.</source>
        <translation>Konsola użyje nowego języka od następnego uruchomienia.</translation>
    </message>
    <message>
        <source>Not connected to the relay.</source>
        <translation>Brak połączenia z przekaźnikiem.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2) — %3 — relay %4:%5</source>
        <translation>Zalogowano jako %1 (%2) — %3 — przekaźnik %4:%5</translation>
    </message>
    <message>
        <source>Too many sessions</source>
        <translation>Zbyt wiele sesji</translation>
    </message>
    <message numerus="yes">
        <source>You already have %n session(s) open, the most allowed. End one to start another.</source>
        <translation>
            <numerusform>Masz już otwartą %n sesję, maksymalną liczbę. Zakończ ją, aby rozpocząć kolejną.</numerusform>
            <numerusform>Masz już otwarte %n sesje, maksymalną liczbę. Zakończ jedną, aby rozpocząć kolejną.</numerusform>
            <numerusform>Masz już otwartych %n sesji, maksymalną liczbę. Zakończ jedną, aby rozpocząć kolejną.</numerusform>
        </translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesja</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) still open. Quit and end them?</source>
        <translation>
            <numerusform>%n sesja jest nadal otwarta. Zakończyć program i sesję?</numerusform>
            <numerusform>%n sesje są nadal otwarte. Zakończyć program i sesje?</numerusform>
            <numerusform>%n sesji jest nadal otwartych. Zakończyć program i sesje?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;End session and close tab</source>
        <translation>&amp;Zakończ sesję i zamknij kartę</translation>
    </message>
    <message>
        <source>Admin Center</source>
        <translation>Centrum administracyjne</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Hasło zostało zmienione.</translation>
    </message>
    <message>
        <source>Password not changed</source>
        <translation>Hasło nie zostało zmienione</translation>
    </message>
    <message>
        <source>Your password was not changed: %1</source>
        <translation>Hasło nie zostało zmienione: %1</translation>
    </message>
    <message>
        <source>Set up &amp;two-step sign-in…</source>
        <translation>Skonfiguruj logowanie &amp;dwuetapowe…</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Zmień &amp;hasło…</translation>
    </message>
    <message numerus="yes">
        <source>Your password expires in %n day(s): Settings → Change password.</source>
        <translation>
            <numerusform>Hasło wygasa za %n dzień: Ustawienia → Zmień hasło.</numerusform>
            <numerusform>Hasło wygasa za %n dni: Ustawienia → Zmień hasło.</numerusform>
            <numerusform>Hasło wygasa za %n dni: Ustawienia → Zmień hasło.</numerusform>
        </translation>
    </message>
    <message>
        <source>Two-step sign-in is on: from now on, signing in asks for the app&apos;s code.</source>
        <translation>Logowanie dwuetapowe jest włączone: od teraz logowanie wymaga kodu z aplikacji.</translation>
    </message>
</context>
<context>
    <name>lifeline::console::NewPersonDialog</name>
    <message>
        <source>New person</source>
        <translation>Nowa osoba</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>What customers see (the first name if empty)</source>
        <translation>Co widzą klienci (puste: imię)</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nazwa@example.com</translation>
    </message>
    <message>
        <source>May sign in now</source>
        <translation>Może się logować od teraz</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Utwórz</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nazwa:</translation>
    </message>
    <message>
        <source>Nickname:</source>
        <translation>Pseudonim:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rola:</translation>
    </message>
    <message>
        <source>Technician group:</source>
        <translation>Grupa techników:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Hasło:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Powtórz:</translation>
    </message>
    <message>
        <source>Type a name.</source>
        <translation>Wpisz nazwę.</translation>
    </message>
    <message>
        <source>Type an e-mail address.</source>
        <translation>Wpisz adres e-mail.</translation>
    </message>
    <message>
        <source>Technicians belong to a group: make one first.</source>
        <translation>Technicy należą do grupy: najpierw ją utwórz.</translation>
    </message>
</context>
<context>
    <name>lifeline::console::NewSessionDialog</name>
    <message>
        <source>New session</source>
        <translation>Nowa sesja</translation>
    </message>
    <message>
        <source>Customer&apos;s name</source>
        <translation>Imię i nazwisko klienta</translation>
    </message>
    <message>
        <source>Ticket number or note (optional)</source>
        <translation>Numer zgłoszenia lub notatka (opcjonalnie)</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Klient:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Odniesienie:</translation>
    </message>
    <message>
        <source>Create session</source>
        <translation>Utwórz sesję</translation>
    </message>
    <message>
        <source>Give the customer this PIN:</source>
        <translation>Podaj klientowi ten PIN:</translation>
    </message>
    <message>
        <source>&amp;Copy PIN</source>
        <translation>&amp;Kopiuj PIN</translation>
    </message>
    <message>
        <source>Read this to the customer:</source>
        <translation>Przeczytaj to klientowi:</translation>
    </message>
    <message>
        <source>Valid once, until %1.</source>
        <translation>Ważny jednorazowo, do %1.</translation>
    </message>
    <message>
        <source>“Please start the Lifeline support program I sent you. When it asks for a PIN, type %1. You will see my name, %2, and the program will ask you before I can see or do anything. The PIN works until %3.”</source>
        <translation>„Proszę uruchomić program pomocy Lifeline, który Panu/Pani wysłałem. Gdy zapyta o PIN, proszę wpisać %1. Zobaczy Pan/Pani moje imię, %2, a program zapyta o zgodę, zanim będę mógł cokolwiek zobaczyć lub zrobić. PIN jest ważny do %3.”</translation>
    </message>
</context>
<context>
    <name>lifeline::console::PasswordDialog</name>
    <message>
        <source>Set password</source>
        <translation>Ustaw hasło</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Zmień hasło</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Obecne hasło:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Nowe hasło:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Powtórz:</translation>
    </message>
    <message>
        <source>A new password for %1. Tell it to them in person or by phone; they can change it later.</source>
        <translation>Nowe hasło dla %1. Przekaż je osobiście lub telefonicznie; można je później zmienić.</translation>
    </message>
    <message>
        <source>A new password for your account (%1).</source>
        <translation>Nowe hasło do Twojego konta (%1).</translation>
    </message>
    <message>
        <source>Your password has expired. Choose a new one to go on working (%1).</source>
        <translation>Hasło wygasło. Wybierz nowe, aby pracować dalej (%1).</translation>
    </message>
    <message>
        <source>Type your current password too.</source>
        <translation>Wpisz też obecne hasło.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Nowe hasło musi różnić się od obecnego.</translation>
    </message>
</context>
<context>
    <name>lifeline::console::ReportsPage</name>
    <message>
        <source>Sessions</source>
        <translation>Sesje</translation>
    </message>
    <message>
        <source>Missed sessions</source>
        <translation>Nieodebrane sesje</translation>
    </message>
    <message>
        <source>Sign-ins</source>
        <translation>Logowania</translation>
    </message>
    <message>
        <source>Chat logs</source>
        <translation>Dzienniki czatu</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Dziennik audytu</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Pokaż</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Eksportuj CSV…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Eksportuj raport</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Od:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>do:</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Grupa:</translation>
    </message>
    <message>
        <source>Technician:</source>
        <translation>Technik:</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>Cała organizacja</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Wszyscy</translation>
    </message>
    <message>
        <source>The first day is after the last one.</source>
        <translation>Pierwszy dzień jest po ostatnim.</translation>
    </message>
    <message>
        <source>A report covers at most 366 days.</source>
        <translation>Raport obejmuje najwyżej 366 dni.</translation>
    </message>
    <message>
        <source>Asking the relay…</source>
        <translation>Pytanie przekaźnika…</translation>
    </message>
    <message>
        <source>No report: %1</source>
        <translation>Brak raportu: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), %1 missed. Waiting: average %2, longest %3. Handling: average %4, longest %5.</source>
        <translation>
            <numerusform>%n sesja, nieodebrane: %1. Oczekiwanie: średnio %2, najdłużej %3. Obsługa: średnio %4, najdłużej %5.</numerusform>
            <numerusform>%n sesje, nieodebrane: %1. Oczekiwanie: średnio %2, najdłużej %3. Obsługa: średnio %4, najdłużej %5.</numerusform>
            <numerusform>%n sesji, nieodebrane: %1. Oczekiwanie: średnio %2, najdłużej %3. Obsługa: średnio %4, najdłużej %5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies).</source>
        <translation>
            <numerusform>%n wpis.</numerusform>
            <numerusform>%n wpisy.</numerusform>
            <numerusform>%n wpisów.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the first %1 rows are shown: choose fewer days.</source>
        <translation>Pokazano tylko pierwsze %1 wierszy: wybierz mniej dni.</translation>
    </message>
    <message>
        <source>Sessions per day</source>
        <translation>Sesje dziennie</translation>
    </message>
    <message>
        <source>Average waiting and handling (minutes)</source>
        <translation>Średnie oczekiwanie i obsługa (minuty)</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Oczekiwanie</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Obsługa</translation>
    </message>
    <message>
        <source>The report could not be saved in %1: %2</source>
        <translation>Nie udało się zapisać raportu w %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) in %1.</source>
        <translation>
            <numerusform>Zapisano %n wiersz w %1.</numerusform>
            <numerusform>Zapisano %n wiersze w %1.</numerusform>
            <numerusform>Zapisano %n wierszy w %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeline::console::SessionController</name>
    <message>
        <source>Not sent: %1</source>
        <translation>Nie wysłano: %1</translation>
    </message>
</context>
<context>
    <name>lifeline::console::SessionListModel</name>
    <message>
        <source>Waiting for customer</source>
        <translation>Oczekiwanie na klienta</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Łączenie</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktywna</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Zakończona</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Wygasła</translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation>Przerwana</translation>
    </message>
    <message>
        <source>Customer reconnecting</source>
        <translation>Klient łączy się ponownie</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Nieznany</translation>
    </message>
    <message>
        <source>you ended the session</source>
        <translation>zakończyłeś sesję</translation>
    </message>
    <message>
        <source>the customer ended the session</source>
        <translation>klient zakończył sesję</translation>
    </message>
    <message>
        <source>your console lost its connection</source>
        <translation>twoja konsola utraciła połączenie</translation>
    </message>
    <message>
        <source>the customer&apos;s connection was lost</source>
        <translation>utracono połączenie klienta</translation>
    </message>
    <message>
        <source>your console stopped answering</source>
        <translation>twoja konsola przestała odpowiadać</translation>
    </message>
    <message>
        <source>the customer&apos;s applet stopped answering</source>
        <translation>program klienta przestał odpowiadać</translation>
    </message>
    <message>
        <source>the PIN expired before the customer joined</source>
        <translation>PIN wygasł, zanim klient dołączył</translation>
    </message>
    <message>
        <source>the relay shut down</source>
        <translation>przekaźnik został wyłączony</translation>
    </message>
    <message>
        <source>a malformed message</source>
        <translation>nieprawidłowa wiadomość</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Ważny do %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Odniesienie</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Oczekiwanie</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Czas trwania</translation>
    </message>
    <message>
        <source>the customer did not accept the terms in time</source>
        <translation>klient nie zaakceptował warunków na czas</translation>
    </message>
    <message>
        <source>the customer did not join in time</source>
        <translation>klient nie dołączył na czas</translation>
    </message>
    <message>
        <source>nothing happened in the session for too long</source>
        <translation>w sesji zbyt długo nic się nie działo</translation>
    </message>
</context>
<context>
    <name>lifeline::console::SessionTab</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Notes about this session, kept with its record on the relay.</source>
        <translation>Notatki o tej sesji, przechowywane z jej zapisem na przekaźniku.</translation>
    </message>
    <message>
        <source>&amp;Save notes</source>
        <translation>&amp;Zapisz notatki</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Zapisywanie…</translation>
    </message>
    <message>
        <source>Round trip:</source>
        <translation>Czas w obie strony:</translation>
    </message>
    <message>
        <source>Click to picture:</source>
        <translation>Od kliknięcia do obrazu:</translation>
    </message>
    <message>
        <source>Frame rate:</source>
        <translation>Liczba klatek:</translation>
    </message>
    <message>
        <source>Bitrate:</source>
        <translation>Przepływność:</translation>
    </message>
    <message>
        <source>Encoder:</source>
        <translation>Koder:</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>Ścieżka:</translation>
    </message>
    <message>
        <source>Frames:</source>
        <translation>Klatki:</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Czat</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Połączenie</translation>
    </message>
    <message>
        <source>%1 fps</source>
        <translation>%1 kl./s</translation>
    </message>
    <message>
        <source>%1 Mbit/s</source>
        <translation>%1 Mbit/s</translation>
    </message>
    <message>
        <source>%1 kbit/s</source>
        <translation>%1 kbit/s</translation>
    </message>
    <message>
        <source>Clipboard sharing is not available here: %1</source>
        <translation>Udostępnianie schowka nie jest tu dostępne: %1</translation>
    </message>
    <message>
        <source>View screen</source>
        <translation>Podgląd ekranu</translation>
    </message>
    <message>
        <source>Ask the customer to show their screen; again to stop viewing.</source>
        <translation>Poproś klienta o pokazanie ekranu; ponownie, aby przestać oglądać.</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Steruj</translation>
    </message>
    <message>
        <source>Ask the customer for control of mouse and keyboard; again to give it back.</source>
        <translation>Poproś klienta o sterowanie myszą i klawiaturą; ponownie, aby je oddać.</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Dopasuj</translation>
    </message>
    <message>
        <source>Scale the customer&apos;s screen to fit; off: 1:1 with scroll bars.</source>
        <translation>Dopasuj ekran klienta; wyłączone: 1:1 z paskami przewijania.</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Pełny ekran</translation>
    </message>
    <message>
        <source>On %1 (%2×%3)</source>
        <translation>Na %1 (%2×%3)</translation>
    </message>
    <message>
        <source>Which of the customer&apos;s monitors to show</source>
        <translation>Który monitor klienta pokazać</translation>
    </message>
    <message>
        <source>Standard (sharp)</source>
        <translation>Standard (ostry)</translation>
    </message>
    <message>
        <source>Performance (fast)</source>
        <translation>Wydajność (szybki)</translation>
    </message>
    <message>
        <source>Full colour</source>
        <translation>Pełne kolory</translation>
    </message>
    <message>
        <source>16-bit colour</source>
        <translation>Kolory 16-bitowe</translation>
    </message>
    <message>
        <source>256 colours</source>
        <translation>256 kolorów</translation>
    </message>
    <message>
        <source>Special keys</source>
        <translation>Klawisze specjalne</translation>
    </message>
    <message>
        <source>Ctrl+Alt+Del</source>
        <translation>Ctrl+Alt+Del</translation>
    </message>
    <message>
        <source>Alt+Tab</source>
        <translation>Alt+Tab</translation>
    </message>
    <message>
        <source>Windows / Super key</source>
        <translation>Klawisz Windows / Super</translation>
    </message>
    <message>
        <source>Print Screen</source>
        <translation>Print Screen</translation>
    </message>
    <message>
        <source>Ctrl+Esc</source>
        <translation>Ctrl+Esc</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>Schowek</translation>
    </message>
    <message>
        <source>Share the clipboard with the customer (they are asked first).</source>
        <translation>Udostępnij schowek klientowi (najpierw zostanie zapytany).</translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation>Zrzut ekranu</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Zakończ sesję</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>klient</translation>
    </message>
    <message>
        <source>Session ended: %1.</source>
        <translation>Sesja zakończona: %1.</translation>
    </message>
    <message>
        <source>Waiting for %1 to join with PIN %2.</source>
        <translation>Oczekiwanie, aż %1 dołączy z PIN-em %2.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Łączenie…</translation>
    </message>
    <message>
        <source>%1&apos;s connection dropped; waiting for the applet to come back.</source>
        <translation>Połączenie %1 zostało przerwane; oczekiwanie na powrót programu.</translation>
    </message>
    <message>
        <source>Control paused: %1 is using the mouse or keyboard.</source>
        <translation>Sterowanie wstrzymane: %1 używa myszy lub klawiatury.</translation>
    </message>
    <message>
        <source>In control of %1&apos;s computer.</source>
        <translation>Sterujesz komputerem: %1.</translation>
    </message>
    <message>
        <source>Viewing %1&apos;s screen (view only).</source>
        <translation>Podgląd ekranu: %1 (tylko podgląd).</translation>
    </message>
    <message>
        <source>Waiting for %1 to answer…</source>
        <translation>Oczekiwanie na odpowiedź: %1…</translation>
    </message>
    <message>
        <source>Connected with %1. Ask to view the screen or chat.</source>
        <translation>Połączono: %1. Poproś o podgląd ekranu lub napisz na czacie.</translation>
    </message>
    <message>
        <source>All monitors</source>
        <translation>Wszystkie monitory</translation>
    </message>
    <message>
        <source>Monitor %1 (%2×%3)%4</source>
        <translation>Monitor %1 (%2×%3)%4</translation>
    </message>
    <message>
        <source>, primary</source>
        <translation>, główny</translation>
    </message>
    <message>
        <source>There is no picture of the customer&apos;s screen yet.</source>
        <translation>Nie ma jeszcze obrazu ekranu klienta.</translation>
    </message>
    <message>
        <source>session-%1-%2.png</source>
        <translation>sesja-%1-%2.png</translation>
    </message>
    <message>
        <source>Save screenshot</source>
        <translation>Zapisz zrzut ekranu</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Obrazy PNG (*.png)</translation>
    </message>
    <message>
        <source>Could not save %1.</source>
        <translation>Nie można zapisać %1.</translation>
    </message>
    <message>
        <source>%1 — Lifeline</source>
        <translation>%1 — Lifeline</translation>
    </message>
    <message>
        <source>Leave full screen (Ctrl+Alt+Shift+F)</source>
        <translation>Opuść pełny ekran (Ctrl+Alt+Shift+F)</translation>
    </message>
    <message>
        <source>End the session with %1? The customer&apos;s applet is told and stops sharing.</source>
        <translation>Zakończyć sesję z: %1? Program klienta zostanie powiadomiony i przestanie udostępniać.</translation>
    </message>
    <message>
        <source>The customer&apos;s screen shows here once they allow it.</source>
        <translation>Ekran klienta pojawi się tutaj, gdy klient na to pozwoli.</translation>
    </message>
    <message>
        <source>Stopped by %1: nothing is shared now. Ask again when they are ready.</source>
        <translation>Zatrzymane przez: %1. Nic nie jest teraz udostępniane. Zapytaj ponownie, gdy klient będzie gotowy.</translation>
    </message>
    <message>
        <source>Viewing %1&apos;s screen (view only); %1 declined control.</source>
        <translation>Podgląd ekranu: %1 (tylko podgląd); %1 odmówił sterowania.</translation>
    </message>
    <message>
        <source>%1 declined. Ask again, or explain in the chat why you need it.</source>
        <translation>%1 odmówił. Zapytaj ponownie lub wyjaśnij na czacie, dlaczego tego potrzebujesz.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy does not allow this in this session.</source>
        <translation>Zasady Twojej organizacji nie pozwalają na to w tej sesji.</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Pulpit</translation>
    </message>
    <message>
        <source>File Manager</source>
        <translation>Menedżer plików</translation>
    </message>
    <message>
        <source>Recoveries:</source>
        <translation>Resynchronizacje:</translation>
    </message>
    <message>
        <source>The picture stalled and was resynchronised. Please report this with the customer&apos;s log.</source>
        <translation>Obraz się zatrzymał i został ponownie zsynchronizowany. Zgłoś to wraz z dziennikiem klienta.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatyczna</translation>
    </message>
    <message>
        <source>Automatic keeps text sharp and sends moving pictures as video; Standard sends everything sharp; Performance sends everything that moves as video.</source>
        <translation>Automatyczna zachowuje ostry tekst i wysyła ruchome obrazy jako wideo; Standard wysyła wszystko ostro; Wydajność wysyła jako wideo wszystko, co się porusza.</translation>
    </message>
</context>
<context>
    <name>lifeline::console::SignInDialog</name>
    <message>
        <source>Sign in — Lifeline Console</source>
        <translation>Logowanie — Konsola Lifeline</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>host:port</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nazwa@przyklad.pl</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Przeglądaj…</translation>
    </message>
    <message>
        <source>Relay CA certificate</source>
        <translation>Certyfikat CA przekaźnika</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certyfikaty PEM (*.pem *.crt);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>&amp;Relay:</source>
        <translation>&amp;Przekaźnik:</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>&amp;Certyfikat CA:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Zaloguj</translation>
    </message>
    <message>
        <source>Sign in to your Lifeline relay</source>
        <translation>Zaloguj się do przekaźnika Lifeline</translation>
    </message>
    <message>
        <source>Type the relay&apos;s address as host:port, for example relay.example.com:7443.</source>
        <translation>Wpisz adres przekaźnika jako host:port, na przykład relay.example.com:7443.</translation>
    </message>
    <message>
        <source>Type your e-mail address and password.</source>
        <translation>Wpisz adres e-mail i hasło.</translation>
    </message>
    <message>
        <source>The CA certificate cannot be read: %1</source>
        <translation>Nie można odczytać certyfikatu CA: %1</translation>
    </message>
    <message>
        <source>six digits from the app, or a recovery code</source>
        <translation>sześć cyfr z aplikacji lub kod odzyskiwania</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>K&amp;od:</translation>
    </message>
    <message>
        <source>Your account uses two-step sign-in. Type the code your authenticator app shows now.</source>
        <translation>Twoje konto używa logowania dwuetapowego. Wpisz kod, który teraz pokazuje aplikacja uwierzytelniająca.</translation>
    </message>
    <message>
        <source>Wrong e-mail address, password or code.</source>
        <translation>Błędny adres e-mail, hasło lub kod.</translation>
    </message>
    <message>
        <source>Type the code your authenticator app shows now.</source>
        <translation>Wpisz kod, który teraz pokazuje aplikacja uwierzytelniająca.</translation>
    </message>
</context>
<context>
    <name>lifeline::console::TwoFactorDialog</name>
    <message>
        <source>Two-step sign-in — Lifeline Console</source>
        <translation>Logowanie dwuetapowe — Lifeline Console</translation>
    </message>
    <message>
        <source>Your technician group requires two-step sign-in. Until you set it up, you cannot start sessions.</source>
        <translation>Twoja grupa techników wymaga logowania dwuetapowego. Dopóki go nie skonfigurujesz, nie możesz rozpoczynać sesji.</translation>
    </message>
    <message>
        <source>Signing in will need your password and a six-digit code from an authenticator app on your phone (any app for time-based codes, for example FreeOTP or Google Authenticator).</source>
        <translation>Logowanie będzie wymagać hasła i sześciocyfrowego kodu z aplikacji uwierzytelniającej w telefonie (dowolnej aplikacji do kodów czasowych, na przykład FreeOTP lub Google Authenticator).</translation>
    </message>
    <message>
        <source>Asking the relay for a new key…</source>
        <translation>Pytanie przekaźnika o nowy klucz…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiuj</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Zapisz…</translation>
    </message>
    <message>
        <source>Save recovery codes</source>
        <translation>Zapisz kody odzyskiwania</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Pliki tekstowe (*.txt)</translation>
    </message>
    <message>
        <source>The recovery codes could not be saved in %1: %2</source>
        <translation>Nie udało się zapisać kodów odzyskiwania w %1: %2</translation>
    </message>
    <message>
        <source>123456</source>
        <translation>123456</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Później</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation>Włącz</translation>
    </message>
    <message>
        <source>1. Scan this code with the app:</source>
        <translation>1. Zeskanuj ten kod aplikacją:</translation>
    </message>
    <message>
        <source>…or type this key into it:</source>
        <translation>…lub wpisz w niej ten klucz:</translation>
    </message>
    <message>
        <source>2. Keep these recovery codes somewhere safe. Each one signs you in once if you lose your phone; they are not shown again.</source>
        <translation>2. Przechowuj te kody odzyskiwania w bezpiecznym miejscu. Każdy zaloguje Cię raz, jeśli zgubisz telefon; nie zostaną pokazane ponownie.</translation>
    </message>
    <message>
        <source>3. Code the app shows now:</source>
        <translation>3. Kod, który aplikacja pokazuje teraz:</translation>
    </message>
    <message>
        <source>Two-step sign-in cannot be set up now: %1</source>
        <translation>Nie można teraz skonfigurować logowania dwuetapowego: %1</translation>
    </message>
    <message>
        <source>That code is not right. Check that the phone&apos;s clock is right and type the code the app shows now.</source>
        <translation>Ten kod jest nieprawidłowy. Sprawdź zegar telefonu i wpisz kod, który aplikacja pokazuje teraz.</translation>
    </message>
    <message>
        <source>(no QR code: type the key below)</source>
        <translation>(brak kodu QR: wpisz klucz poniżej)</translation>
    </message>
    <message>
        <source>Type the code the app shows now.</source>
        <translation>Wpisz kod, który aplikacja pokazuje teraz.</translation>
    </message>
</context>
<context>
    <name>lifeline::session::TechnicianSession</name>
    <message>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Connection to the relay lost: %1</source>
        <translation>Utracono połączenie z przekaźnikiem: %1</translation>
    </message>
</context>
<context>
    <name>lifeline::ui::ChatView</name>
    <message>
        <source>Type a message</source>
        <translation>Wpisz wiadomość</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Wyślij</translation>
    </message>
</context>
</TS>
