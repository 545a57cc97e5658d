<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>QObject</name>
    <message>
        <source>Lifeline</source>
        <translation>Lifeline</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>%1 asks to see your screen.</source>
        <translation>%1 prosi o możliwość oglądania Twojego ekranu.</translation>
    </message>
    <message>
        <source>%1 asks to control your mouse and keyboard.</source>
        <translation>%1 prosi o możliwość sterowania Twoją myszą i klawiaturą.</translation>
    </message>
    <message>
        <source>%1 asks to send files to your computer.</source>
        <translation>%1 prosi o możliwość wysłania plików na Twój komputer.</translation>
    </message>
    <message>
        <source>%1 asks to receive files from your computer.</source>
        <translation>%1 prosi o możliwość pobrania plików z Twojego komputera.</translation>
    </message>
    <message>
        <source>%1 asks to browse and manage the files on your computer.</source>
        <translation>%1 prosi o możliwość przeglądania plików na Twoim komputerze i zarządzania nimi.</translation>
    </message>
    <message>
        <source>%1 asks to see information about your computer.</source>
        <translation>%1 prosi o możliwość wyświetlenia informacji o Twoim komputerze.</translation>
    </message>
    <message>
        <source>%1 asks to restart your computer.</source>
        <translation>%1 prosi o możliwość ponownego uruchomienia Twojego komputera.</translation>
    </message>
    <message>
        <source>%1 asks to share the clipboard (copy and paste) with you.</source>
        <translation>%1 prosi o możliwość współdzielenia schowka (kopiuj i wklej).</translation>
    </message>
    <message>
        <source>%1 asks to record this session.</source>
        <translation>%1 prosi o możliwość nagrania tej sesji.</translation>
    </message>
    <message>
        <source>See your screen</source>
        <translation>Oglądać Twój ekran</translation>
    </message>
    <message>
        <source>Control your mouse and keyboard</source>
        <translation>Sterować Twoją myszą i klawiaturą</translation>
    </message>
    <message>
        <source>Send files to your computer</source>
        <translation>Wysyłać pliki na Twój komputer</translation>
    </message>
    <message>
        <source>Receive files from your computer</source>
        <translation>Pobierać pliki z Twojego komputera</translation>
    </message>
    <message>
        <source>Browse and manage your files</source>
        <translation>Przeglądać Twoje pliki i nimi zarządzać</translation>
    </message>
    <message>
        <source>See information about your computer</source>
        <translation>Wyświetlać informacje o Twoim komputerze</translation>
    </message>
    <message>
        <source>Restart your computer</source>
        <translation>Uruchomić ponownie Twój komputer</translation>
    </message>
    <message>
        <source>Share the clipboard</source>
        <translation>Współdzielić schowek</translation>
    </message>
    <message>
        <source>Record the session</source>
        <translation>Nagrywać sesję</translation>
    </message>
    <message>
        <source>%1 can see and control your screen</source>
        <translation>%1 widzi Twój ekran i może nim sterować</translation>
    </message>
    <message>
        <source>%1 can see your screen</source>
        <translation>%1 widzi Twój ekran</translation>
    </message>
    <message>
        <source>%1 has your permission to work on your computer</source>
        <translation>%1 ma Twoje pozwolenie na pracę na Twoim komputerze</translation>
    </message>
    <message>
        <source>Nothing is shared</source>
        <translation>Nic nie jest udostępniane</translation>
    </message>
    <message>
        <source>This code is not valid or has expired. Check the digits, or ask your technician for a new code.</source>
        <translation>Ten kod jest nieprawidłowy lub wygasł. Sprawdź cyfry albo poproś technika o nowy kod.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong codes. Try again in %n second(s).</source>
        <translation>
            <numerusform>Zbyt wiele błędnych kodów. Spróbuj ponownie za %n sekundę.</numerusform>
            <numerusform>Zbyt wiele błędnych kodów. Spróbuj ponownie za %n sekundy.</numerusform>
            <numerusform>Zbyt wiele błędnych kodów. Spróbuj ponownie za %n sekund.</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection is not safe: the server&apos;s certificate could not be verified. Nothing was sent.</source>
        <translation>Połączenie nie jest bezpieczne: nie udało się zweryfikować certyfikatu serwera. Nic nie zostało wysłane.</translation>
    </message>
    <message>
        <source>Could not reach the support server. Check your internet connection and try again.</source>
        <translation>Nie można połączyć się z serwerem pomocy. Sprawdź połączenie z internetem i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>You declined the terms. Nothing was shared.</source>
        <translation>Warunki zostały odrzucone. Nic nie zostało udostępnione.</translation>
    </message>
    <message>
        <source>You left the session.</source>
        <translation>Sesja została przez Ciebie opuszczona.</translation>
    </message>
    <message>
        <source>%1 ended the session.</source>
        <translation>Sesję zakończył(a): %1.</translation>
    </message>
    <message>
        <source>%1&apos;s connection was lost. The session has ended.</source>
        <translation>Połączenie z %1 zostało przerwane. Sesja została zakończona.</translation>
    </message>
    <message>
        <source>The connection was lost and could not be restored.</source>
        <translation>Połączenie zostało przerwane i nie udało się go przywrócić.</translation>
    </message>
    <message>
        <source>The support server was shut down.</source>
        <translation>Serwer pomocy został wyłączony.</translation>
    </message>
    <message>
        <source>The session has ended.</source>
        <translation>Sesja została zakończona.</translation>
    </message>
    <message>
        <source>The session timed out and has ended. Nothing is shared any more.</source>
        <translation>Sesja wygasła i została zakończona. Nic nie jest już udostępniane.</translation>
    </message>
</context>
<context>
    <name>lifeline::applet::AppletWindow</name>
    <message>
        <source>This could not be done on your computer: %1</source>
        <translation>Nie udało się tego zrobić na Twoim komputerze: %1</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Połącz</translation>
    </message>
    <message>
        <source>Get help from a technician</source>
        <translation>Uzyskaj pomoc technika</translation>
    </message>
    <message>
        <source>Enter the 6-digit code your technician gave you.</source>
        <translation>Wpisz 6-cyfrowy kod otrzymany od technika.</translation>
    </message>
    <message>
        <source>Nothing is shared until you allow it. You can stop at any time.</source>
        <translation>Nic nie jest udostępniane bez Twojej zgody. Możesz przerwać w każdej chwili.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Łączenie…</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Akceptuję</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Odrzucam</translation>
    </message>
    <message>
        <source>Please read these terms. Nothing happens on your computer unless you accept them.</source>
        <translation>Przeczytaj te warunki. Na Twoim komputerze nic się nie stanie, dopóki ich nie zaakceptujesz.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Zatrzymaj</translation>
    </message>
    <message>
        <source>Take back every permission now (or press Pause/Break). Chat stays open.</source>
        <translation>Cofnij teraz wszystkie uprawnienia (lub naciśnij Pause/Break). Czat pozostaje otwarty.</translation>
    </message>
    <message>
        <source>Leave session</source>
        <translation>Opuść sesję</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>The session has ended</source>
        <translation>Sesja została zakończona</translation>
    </message>
    <message>
        <source>%1 — %2 is ready to help you</source>
        <translation>%1 — %2 jest gotowy, aby Ci pomóc</translation>
    </message>
    <message numerus="yes">
        <source>Connection lost. Reconnecting… (%n second(s) left)</source>
        <translation>
            <numerusform>Połączenie przerwane. Ponowne łączenie… (została %n sekunda)</numerusform>
            <numerusform>Połączenie przerwane. Ponowne łączenie… (zostały %n sekundy)</numerusform>
            <numerusform>Połączenie przerwane. Ponowne łączenie… (zostało %n sekund)</numerusform>
        </translation>
    </message>
    <message>
        <source>Lifeline remote support</source>
        <translation>Lifeline pomoc zdalna</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Otwórz folder</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Zapisano: %1</translation>
    </message>
    <message>
        <source>Not saved: %1 (%2)</source>
        <translation>Nie zapisano: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 has the files.</source>
        <translation>%1 ma już pliki.</translation>
    </message>
    <message>
        <source>Files from %1 are saved in your Downloads/Lifeline folder.</source>
        <translation>Pliki od %1 zapisano w folderze Downloads/Lifeline.</translation>
    </message>
    <message>
        <source>Sending %1 to %2…</source>
        <translation>Wysyłanie %1 do %2…</translation>
    </message>
    <message>
        <source>Receiving %1 from %2…</source>
        <translation>Odbieranie %1 od %2…</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>Pobierz…</translation>
    </message>
    <message>
        <source>Save the chosen file on this computer, in a folder you choose.</source>
        <translation>Zapisz wybrany plik na tym komputerze, w wybranym folderze.</translation>
    </message>
    <message>
        <source>Where should %1 be saved?</source>
        <translation>Gdzie zapisać %1?</translation>
    </message>
    <message>
        <source>The file is saved in %1.</source>
        <translation>Plik zapisano w %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) from %1 to download. Choose one and where to save it; nothing is saved unless you do.</source>
        <translation>
            <numerusform>%n plik od %1 do pobrania. Wybierz go i miejsce zapisu; bez Ciebie nic nie zostanie zapisane.</numerusform>
            <numerusform>%n pliki od %1 do pobrania. Wybierz jeden i miejsce zapisu; bez Ciebie nic nie zostanie zapisane.</numerusform>
            <numerusform>%n plików od %1 do pobrania. Wybierz jeden i miejsce zapisu; bez Ciebie nic nie zostanie zapisane.</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>Pobieranie %1…</translation>
    </message>
</context>
<context>
    <name>lifeline::applet::ConsentDialog</name>
    <message>
        <source>%1 from %2</source>
        <translation>%1 z %2</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Zezwól</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Odmów</translation>
    </message>
    <message>
        <source>%1 asks for permission, for this session only, to:</source>
        <translation>%1 prosi o pozwolenie, tylko na czas tej sesji, aby:</translation>
    </message>
    <message>
        <source>You can take it all back at any time with Stop.</source>
        <translation>W każdej chwili możesz wszystko cofnąć przyciskiem Zatrzymaj.</translation>
    </message>
    <message>
        <source>Allow all for this session</source>
        <translation>Zezwól na wszystko w tej sesji</translation>
    </message>
    <message>
        <source>Ask me each time</source>
        <translation>Pytaj za każdym razem</translation>
    </message>
    <message>
        <source>Permission request</source>
        <translation>Prośba o pozwolenie</translation>
    </message>
</context>
<context>
    <name>lifeline::applet::IndicatorBar</name>
    <message>
        <source>Stop</source>
        <translation>Zatrzymaj</translation>
    </message>
    <message>
        <source>Take back every permission now (or press Pause/Break). Chat stays open.</source>
        <translation>Cofnij teraz wszystkie uprawnienia (lub naciśnij Pause/Break). Czat pozostaje otwarty.</translation>
    </message>
    <message>
        <source>Leave session</source>
        <translation>Opuść sesję</translation>
    </message>
</context>
<context>
    <name>lifeline::session::CustomerSession</name>
    <message>
        <source>Connection restored.</source>
        <translation>Połączenie przywrócone.</translation>
    </message>
    <message>
        <source>Connection lost. Reconnecting…</source>
        <translation>Połączenie przerwane. Ponowne łączenie…</translation>
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
