<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
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
        <translation>%1 vraagt om uw scherm te zien.</translation>
    </message>
    <message>
        <source>%1 asks to control your mouse and keyboard.</source>
        <translation>%1 vraagt om uw muis en toetsenbord te bedienen.</translation>
    </message>
    <message>
        <source>%1 asks to send files to your computer.</source>
        <translation>%1 vraagt om bestanden naar uw computer te sturen.</translation>
    </message>
    <message>
        <source>%1 asks to receive files from your computer.</source>
        <translation>%1 vraagt om bestanden van uw computer te ontvangen.</translation>
    </message>
    <message>
        <source>%1 asks to browse and manage the files on your computer.</source>
        <translation>%1 vraagt om de bestanden op uw computer te bekijken en te beheren.</translation>
    </message>
    <message>
        <source>%1 asks to see information about your computer.</source>
        <translation>%1 vraagt om informatie over uw computer te zien.</translation>
    </message>
    <message>
        <source>%1 asks to restart your computer.</source>
        <translation>%1 vraagt om uw computer opnieuw op te starten.</translation>
    </message>
    <message>
        <source>%1 asks to share the clipboard (copy and paste) with you.</source>
        <translation>%1 vraagt om het klembord (kopiëren en plakken) met u te delen.</translation>
    </message>
    <message>
        <source>%1 asks to record this session.</source>
        <translation>%1 vraagt om deze sessie op te nemen.</translation>
    </message>
    <message>
        <source>See your screen</source>
        <translation>Uw scherm zien</translation>
    </message>
    <message>
        <source>Control your mouse and keyboard</source>
        <translation>Uw muis en toetsenbord bedienen</translation>
    </message>
    <message>
        <source>Send files to your computer</source>
        <translation>Bestanden naar uw computer sturen</translation>
    </message>
    <message>
        <source>Receive files from your computer</source>
        <translation>Bestanden van uw computer ontvangen</translation>
    </message>
    <message>
        <source>Browse and manage your files</source>
        <translation>Uw bestanden bekijken en beheren</translation>
    </message>
    <message>
        <source>See information about your computer</source>
        <translation>Informatie over uw computer zien</translation>
    </message>
    <message>
        <source>Restart your computer</source>
        <translation>Uw computer opnieuw opstarten</translation>
    </message>
    <message>
        <source>Share the clipboard</source>
        <translation>Het klembord delen</translation>
    </message>
    <message>
        <source>Record the session</source>
        <translation>De sessie opnemen</translation>
    </message>
    <message>
        <source>%1 can see and control your screen</source>
        <translation>%1 kan uw scherm zien en bedienen</translation>
    </message>
    <message>
        <source>%1 can see your screen</source>
        <translation>%1 kan uw scherm zien</translation>
    </message>
    <message>
        <source>%1 has your permission to work on your computer</source>
        <translation>%1 heeft uw toestemming om op uw computer te werken</translation>
    </message>
    <message>
        <source>Nothing is shared</source>
        <translation>Er wordt niets gedeeld</translation>
    </message>
    <message>
        <source>This code is not valid or has expired. Check the digits, or ask your technician for a new code.</source>
        <translation>Deze code is ongeldig of verlopen. Controleer de cijfers of vraag uw technicus om een nieuwe code.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong codes. Try again in %n second(s).</source>
        <translation>
            <numerusform>Te veel verkeerde codes. Probeer het over %n seconde opnieuw.</numerusform>
            <numerusform>Te veel verkeerde codes. Probeer het over %n seconden opnieuw.</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection is not safe: the server&apos;s certificate could not be verified. Nothing was sent.</source>
        <translation>De verbinding is niet veilig: het certificaat van de server kon niet worden gecontroleerd. Er is niets verzonden.</translation>
    </message>
    <message>
        <source>Could not reach the support server. Check your internet connection and try again.</source>
        <translation>De ondersteuningsserver is niet bereikbaar. Controleer uw internetverbinding en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>You declined the terms. Nothing was shared.</source>
        <translation>U hebt de voorwaarden geweigerd. Er is niets gedeeld.</translation>
    </message>
    <message>
        <source>You left the session.</source>
        <translation>U hebt de sessie verlaten.</translation>
    </message>
    <message>
        <source>%1 ended the session.</source>
        <translation>%1 heeft de sessie beëindigd.</translation>
    </message>
    <message>
        <source>%1&apos;s connection was lost. The session has ended.</source>
        <translation>De verbinding met %1 is verbroken. De sessie is beëindigd.</translation>
    </message>
    <message>
        <source>The connection was lost and could not be restored.</source>
        <translation>De verbinding is verbroken en kon niet worden hersteld.</translation>
    </message>
    <message>
        <source>The support server was shut down.</source>
        <translation>De ondersteuningsserver is afgesloten.</translation>
    </message>
    <message>
        <source>The session has ended.</source>
        <translation>De sessie is beëindigd.</translation>
    </message>
    <message>
        <source>The session timed out and has ended. Nothing is shared any more.</source>
        <translation>De sessie is verlopen en beëindigd. Er wordt niets meer gedeeld.</translation>
    </message>
</context>
<context>
    <name>lifeline::applet::AppletWindow</name>
    <message>
        <source>This could not be done on your computer: %1</source>
        <translation>Dit kon niet op uw computer: %1</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Get help from a technician</source>
        <translation>Hulp krijgen van een technicus</translation>
    </message>
    <message>
        <source>Enter the 6-digit code your technician gave you.</source>
        <translation>Voer de code van 6 cijfers in die u van uw technicus hebt gekregen.</translation>
    </message>
    <message>
        <source>Nothing is shared until you allow it. You can stop at any time.</source>
        <translation>Er wordt niets gedeeld totdat u het toestaat. U kunt op elk moment stoppen.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepteren</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Weigeren</translation>
    </message>
    <message>
        <source>Please read these terms. Nothing happens on your computer unless you accept them.</source>
        <translation>Lees deze voorwaarden. Er gebeurt niets op uw computer tenzij u ze accepteert.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Take back every permission now (or press Pause/Break). Chat stays open.</source>
        <translation>Trek nu alle toestemmingen in (of druk op Pause/Break). De chat blijft open.</translation>
    </message>
    <message>
        <source>Leave session</source>
        <translation>Sessie verlaten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>The session has ended</source>
        <translation>De sessie is beëindigd</translation>
    </message>
    <message>
        <source>%1 — %2 is ready to help you</source>
        <translation>%1 — %2 staat klaar om u te helpen</translation>
    </message>
    <message numerus="yes">
        <source>Connection lost. Reconnecting… (%n second(s) left)</source>
        <translation>
            <numerusform>Verbinding verbroken. Opnieuw verbinden… (nog %n seconde)</numerusform>
            <numerusform>Verbinding verbroken. Opnieuw verbinden… (nog %n seconden)</numerusform>
        </translation>
    </message>
    <message>
        <source>Lifeline remote support</source>
        <translation>Lifeline hulp op afstand</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Map openen</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Opgeslagen: %1</translation>
    </message>
    <message>
        <source>Not saved: %1 (%2)</source>
        <translation>Niet opgeslagen: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 has the files.</source>
        <translation>%1 heeft de bestanden.</translation>
    </message>
    <message>
        <source>Files from %1 are saved in your Downloads/Lifeline folder.</source>
        <translation>Bestanden van %1 staan in uw map Downloads/Lifeline.</translation>
    </message>
    <message>
        <source>Sending %1 to %2…</source>
        <translation>%1 wordt naar %2 gestuurd…</translation>
    </message>
    <message>
        <source>Receiving %1 from %2…</source>
        <translation>%1 wordt ontvangen van %2…</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>Downloaden…</translation>
    </message>
    <message>
        <source>Save the chosen file on this computer, in a folder you choose.</source>
        <translation>Sla het gekozen bestand op deze computer op, in een map die u kiest.</translation>
    </message>
    <message>
        <source>Where should %1 be saved?</source>
        <translation>Waar moet %1 worden opgeslagen?</translation>
    </message>
    <message>
        <source>The file is saved in %1.</source>
        <translation>Het bestand staat in %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) from %1 to download. Choose one and where to save it; nothing is saved unless you do.</source>
        <translation>
            <numerusform>%n bestand van %1 om te downloaden. Kies het en waar het moet komen; er wordt niets opgeslagen tenzij u dat doet.</numerusform>
            <numerusform>%n bestanden van %1 om te downloaden. Kies er een en waar het moet komen; er wordt niets opgeslagen tenzij u dat doet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>%1 wordt gedownload…</translation>
    </message>
</context>
<context>
    <name>lifeline::applet::ConsentDialog</name>
    <message>
        <source>%1 from %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Toestaan</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Weigeren</translation>
    </message>
    <message>
        <source>%1 asks for permission, for this session only, to:</source>
        <translation>%1 vraagt toestemming om, alleen tijdens deze sessie:</translation>
    </message>
    <message>
        <source>You can take it all back at any time with Stop.</source>
        <translation>U kunt alles op elk moment intrekken met Stoppen.</translation>
    </message>
    <message>
        <source>Allow all for this session</source>
        <translation>Alles toestaan voor deze sessie</translation>
    </message>
    <message>
        <source>Ask me each time</source>
        <translation>Elke keer vragen</translation>
    </message>
    <message>
        <source>Permission request</source>
        <translation>Verzoek om toestemming</translation>
    </message>
</context>
<context>
    <name>lifeline::applet::IndicatorBar</name>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Take back every permission now (or press Pause/Break). Chat stays open.</source>
        <translation>Trek nu alle toestemmingen in (of druk op Pause/Break). De chat blijft open.</translation>
    </message>
    <message>
        <source>Leave session</source>
        <translation>Sessie verlaten</translation>
    </message>
</context>
<context>
    <name>lifeline::session::CustomerSession</name>
    <message>
        <source>Connection restored.</source>
        <translation>Verbinding hersteld.</translation>
    </message>
    <message>
        <source>Connection lost. Reconnecting…</source>
        <translation>Verbinding verbroken. Opnieuw verbinden…</translation>
    </message>
</context>
<context>
    <name>lifeline::ui::ChatView</name>
    <message>
        <source>Type a message</source>
        <translation>Typ een bericht</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Verzenden</translation>
    </message>
</context>
</TS>
