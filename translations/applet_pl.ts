<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>AppletWindow</name>
    <message>
        <source>This could not be done on your computer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get help from a technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the 6-digit code your technician gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is shared until you allow it. You can stop at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please read these terms. Nothing happens on your computer unless you accept them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back every permission now (or press Pause/Break). Chat stays open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 is ready to help you</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connection lost. Reconnecting… (%n second(s) left)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Lifeline remote support</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Type a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>%1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks for permission, for this session only, to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can take it all back at any time with Stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow all for this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask me each time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorBar</name>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back every permission now (or press Pause/Break). Chat stays open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Lifeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>%1 asks to see your screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks to control your mouse and keyboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks to send files to your computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks to receive files from your computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks to browse and manage the files on your computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks to see information about your computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks to restart your computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks to share the clipboard (copy and paste) with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks to record this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See your screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control your mouse and keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send files to your computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive files from your computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse and manage your files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See information about your computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart your computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can see and control your screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can see your screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has your permission to work on your computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code is not valid or has expired. Check the digits, or ask your technician for a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong codes. Try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The connection is not safe: the server&apos;s certificate could not be verified. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the support server. Check your internet connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You declined the terms. Nothing was shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You left the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ended the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s connection was lost. The session has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was lost and could not be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The support server was shut down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session has ended.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
