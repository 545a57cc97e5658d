<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
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
        <translation>%1 möchte Ihren Bildschirm sehen.</translation>
    </message>
    <message>
        <source>%1 asks to control your mouse and keyboard.</source>
        <translation>%1 möchte Ihre Maus und Tastatur steuern.</translation>
    </message>
    <message>
        <source>%1 asks to send files to your computer.</source>
        <translation>%1 möchte Dateien an Ihren Computer senden.</translation>
    </message>
    <message>
        <source>%1 asks to receive files from your computer.</source>
        <translation>%1 möchte Dateien von Ihrem Computer empfangen.</translation>
    </message>
    <message>
        <source>%1 asks to browse and manage the files on your computer.</source>
        <translation>%1 möchte die Dateien auf Ihrem Computer durchsuchen und verwalten.</translation>
    </message>
    <message>
        <source>%1 asks to see information about your computer.</source>
        <translation>%1 möchte Informationen über Ihren Computer sehen.</translation>
    </message>
    <message>
        <source>%1 asks to restart your computer.</source>
        <translation>%1 möchte Ihren Computer neu starten.</translation>
    </message>
    <message>
        <source>%1 asks to share the clipboard (copy and paste) with you.</source>
        <translation>%1 möchte die Zwischenablage (Kopieren und Einfügen) mit Ihnen teilen.</translation>
    </message>
    <message>
        <source>%1 asks to record this session.</source>
        <translation>%1 möchte diese Sitzung aufzeichnen.</translation>
    </message>
    <message>
        <source>See your screen</source>
        <translation>Ihren Bildschirm sehen</translation>
    </message>
    <message>
        <source>Control your mouse and keyboard</source>
        <translation>Ihre Maus und Tastatur steuern</translation>
    </message>
    <message>
        <source>Send files to your computer</source>
        <translation>Dateien an Ihren Computer senden</translation>
    </message>
    <message>
        <source>Receive files from your computer</source>
        <translation>Dateien von Ihrem Computer empfangen</translation>
    </message>
    <message>
        <source>Browse and manage your files</source>
        <translation>Ihre Dateien durchsuchen und verwalten</translation>
    </message>
    <message>
        <source>See information about your computer</source>
        <translation>Informationen über Ihren Computer sehen</translation>
    </message>
    <message>
        <source>Restart your computer</source>
        <translation>Ihren Computer neu starten</translation>
    </message>
    <message>
        <source>Share the clipboard</source>
        <translation>Die Zwischenablage teilen</translation>
    </message>
    <message>
        <source>Record the session</source>
        <translation>Die Sitzung aufzeichnen</translation>
    </message>
    <message>
        <source>%1 can see and control your screen</source>
        <translation>%1 kann Ihren Bildschirm sehen und steuern</translation>
    </message>
    <message>
        <source>%1 can see your screen</source>
        <translation>%1 kann Ihren Bildschirm sehen</translation>
    </message>
    <message>
        <source>%1 has your permission to work on your computer</source>
        <translation>%1 hat Ihre Erlaubnis, an Ihrem Computer zu arbeiten</translation>
    </message>
    <message>
        <source>Nothing is shared</source>
        <translation>Es wird nichts geteilt</translation>
    </message>
    <message>
        <source>This code is not valid or has expired. Check the digits, or ask your technician for a new code.</source>
        <translation>Dieser Code ist ungültig oder abgelaufen. Prüfen Sie die Ziffern oder bitten Sie Ihren Techniker um einen neuen Code.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong codes. Try again in %n second(s).</source>
        <translation>
            <numerusform>Zu viele falsche Codes. Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Zu viele falsche Codes. Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection is not safe: the server&apos;s certificate could not be verified. Nothing was sent.</source>
        <translation>Die Verbindung ist nicht sicher: Das Zertifikat des Servers konnte nicht überprüft werden. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Could not reach the support server. Check your internet connection and try again.</source>
        <translation>Der Support-Server ist nicht erreichbar. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>You declined the terms. Nothing was shared.</source>
        <translation>Sie haben die Bedingungen abgelehnt. Es wurde nichts geteilt.</translation>
    </message>
    <message>
        <source>You left the session.</source>
        <translation>Sie haben die Sitzung verlassen.</translation>
    </message>
    <message>
        <source>%1 ended the session.</source>
        <translation>%1 hat die Sitzung beendet.</translation>
    </message>
    <message>
        <source>%1&apos;s connection was lost. The session has ended.</source>
        <translation>Die Verbindung zu %1 wurde unterbrochen. Die Sitzung ist beendet.</translation>
    </message>
    <message>
        <source>The connection was lost and could not be restored.</source>
        <translation>Die Verbindung wurde unterbrochen und konnte nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>The support server was shut down.</source>
        <translation>Der Support-Server wurde heruntergefahren.</translation>
    </message>
    <message>
        <source>The session has ended.</source>
        <translation>Die Sitzung ist beendet.</translation>
    </message>
    <message>
        <source>The session timed out and has ended. Nothing is shared any more.</source>
        <translation>Die Sitzung ist abgelaufen und beendet. Es wird nichts mehr geteilt.</translation>
    </message>
</context>
<context>
    <name>lifeline::applet::AppletWindow</name>
    <message>
        <source>This could not be done on your computer: %1</source>
        <translation>Das war auf Ihrem Computer nicht möglich: %1</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Get help from a technician</source>
        <translation>Hilfe von einem Techniker erhalten</translation>
    </message>
    <message>
        <source>Enter the 6-digit code your technician gave you.</source>
        <translation>Geben Sie den 6-stelligen Code ein, den Ihnen Ihr Techniker genannt hat.</translation>
    </message>
    <message>
        <source>Nothing is shared until you allow it. You can stop at any time.</source>
        <translation>Nichts wird geteilt, bevor Sie es erlauben. Sie können jederzeit aufhören.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Akzeptieren</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Please read these terms. Nothing happens on your computer unless you accept them.</source>
        <translation>Bitte lesen Sie diese Bedingungen. Auf Ihrem Computer geschieht nichts, solange Sie sie nicht akzeptieren.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Take back every permission now (or press Pause/Break). Chat stays open.</source>
        <translation>Alle Berechtigungen sofort entziehen (oder Pause/Untbr drücken). Der Chat bleibt offen.</translation>
    </message>
    <message>
        <source>Leave session</source>
        <translation>Sitzung verlassen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>The session has ended</source>
        <translation>Die Sitzung ist beendet</translation>
    </message>
    <message>
        <source>%1 — %2 is ready to help you</source>
        <translation>%1 — %2 ist bereit, Ihnen zu helfen</translation>
    </message>
    <message numerus="yes">
        <source>Connection lost. Reconnecting… (%n second(s) left)</source>
        <translation>
            <numerusform>Verbindung unterbrochen. Neuer Verbindungsversuch… (noch %n Sekunde)</numerusform>
            <numerusform>Verbindung unterbrochen. Neuer Verbindungsversuch… (noch %n Sekunden)</numerusform>
        </translation>
    </message>
    <message>
        <source>Lifeline remote support</source>
        <translation>Lifeline Fernwartung</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <source>Not saved: %1 (%2)</source>
        <translation>Nicht gespeichert: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 has the files.</source>
        <translation>%1 hat die Dateien.</translation>
    </message>
    <message>
        <source>Files from %1 are saved in your Downloads/Lifeline folder.</source>
        <translation>Dateien von %1 sind in Ihrem Ordner Downloads/Lifeline gespeichert.</translation>
    </message>
    <message>
        <source>Sending %1 to %2…</source>
        <translation>%1 wird an %2 gesendet…</translation>
    </message>
    <message>
        <source>Receiving %1 from %2…</source>
        <translation>%1 wird von %2 empfangen…</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>Herunterladen…</translation>
    </message>
    <message>
        <source>Save the chosen file on this computer, in a folder you choose.</source>
        <translation>Die gewählte Datei auf diesem Computer speichern, in einem Ordner Ihrer Wahl.</translation>
    </message>
    <message>
        <source>Where should %1 be saved?</source>
        <translation>Wo soll %1 gespeichert werden?</translation>
    </message>
    <message>
        <source>The file is saved in %1.</source>
        <translation>Die Datei ist in %1 gespeichert.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) from %1 to download. Choose one and where to save it; nothing is saved unless you do.</source>
        <translation>
            <numerusform>%n Datei von %1 zum Herunterladen. Wählen Sie sie und den Speicherort; ohne Sie wird nichts gespeichert.</numerusform>
            <numerusform>%n Dateien von %1 zum Herunterladen. Wählen Sie eine und den Speicherort; ohne Sie wird nichts gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>%1 wird heruntergeladen…</translation>
    </message>
</context>
<context>
    <name>lifeline::applet::ConsentDialog</name>
    <message>
        <source>%1 from %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Erlauben</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>%1 asks for permission, for this session only, to:</source>
        <translation>%1 bittet um die Erlaubnis, nur für diese Sitzung:</translation>
    </message>
    <message>
        <source>You can take it all back at any time with Stop.</source>
        <translation>Sie können alles jederzeit mit Stopp zurücknehmen.</translation>
    </message>
    <message>
        <source>Allow all for this session</source>
        <translation>Alles für diese Sitzung erlauben</translation>
    </message>
    <message>
        <source>Ask me each time</source>
        <translation>Jedes Mal fragen</translation>
    </message>
    <message>
        <source>Permission request</source>
        <translation>Berechtigungsanfrage</translation>
    </message>
</context>
<context>
    <name>lifeline::applet::IndicatorBar</name>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Take back every permission now (or press Pause/Break). Chat stays open.</source>
        <translation>Alle Berechtigungen sofort entziehen (oder Pause/Untbr drücken). Der Chat bleibt offen.</translation>
    </message>
    <message>
        <source>Leave session</source>
        <translation>Sitzung verlassen</translation>
    </message>
</context>
<context>
    <name>lifeline::session::CustomerSession</name>
    <message>
        <source>Connection restored.</source>
        <translation>Verbindung wiederhergestellt.</translation>
    </message>
    <message>
        <source>Connection lost. Reconnecting…</source>
        <translation>Verbindung unterbrochen. Neuer Verbindungsversuch…</translation>
    </message>
</context>
<context>
    <name>lifeline::ui::ChatView</name>
    <message>
        <source>Type a message</source>
        <translation>Nachricht eingeben</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
</context>
</TS>
