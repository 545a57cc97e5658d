<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
        <translation>%1 asks to see your screen.</translation>
    </message>
    <message>
        <source>%1 asks to control your mouse and keyboard.</source>
        <translation>%1 asks to control your mouse and keyboard.</translation>
    </message>
    <message>
        <source>%1 asks to send files to your computer.</source>
        <translation>%1 asks to send files to your computer.</translation>
    </message>
    <message>
        <source>%1 asks to receive files from your computer.</source>
        <translation>%1 asks to receive files from your computer.</translation>
    </message>
    <message>
        <source>%1 asks to browse and manage the files on your computer.</source>
        <translation>%1 asks to browse and manage the files on your computer.</translation>
    </message>
    <message>
        <source>%1 asks to see information about your computer.</source>
        <translation>%1 asks to see information about your computer.</translation>
    </message>
    <message>
        <source>%1 asks to restart your computer.</source>
        <translation>%1 asks to restart your computer.</translation>
    </message>
    <message>
        <source>%1 asks to share the clipboard (copy and paste) with you.</source>
        <translation>%1 asks to share the clipboard (copy and paste) with you.</translation>
    </message>
    <message>
        <source>%1 asks to record this session.</source>
        <translation>%1 asks to record this session.</translation>
    </message>
    <message>
        <source>See your screen</source>
        <translation>See your screen</translation>
    </message>
    <message>
        <source>Control your mouse and keyboard</source>
        <translation>Control your mouse and keyboard</translation>
    </message>
    <message>
        <source>Send files to your computer</source>
        <translation>Send files to your computer</translation>
    </message>
    <message>
        <source>Receive files from your computer</source>
        <translation>Receive files from your computer</translation>
    </message>
    <message>
        <source>Browse and manage your files</source>
        <translation>Browse and manage your files</translation>
    </message>
    <message>
        <source>See information about your computer</source>
        <translation>See information about your computer</translation>
    </message>
    <message>
        <source>Restart your computer</source>
        <translation>Restart your computer</translation>
    </message>
    <message>
        <source>Share the clipboard</source>
        <translation>Share the clipboard</translation>
    </message>
    <message>
        <source>Record the session</source>
        <translation>Record the session</translation>
    </message>
    <message>
        <source>%1 can see and control your screen</source>
        <translation>%1 can see and control your screen</translation>
    </message>
    <message>
        <source>%1 can see your screen</source>
        <translation>%1 can see your screen</translation>
    </message>
    <message>
        <source>%1 has your permission to work on your computer</source>
        <translation>%1 has your permission to work on your computer</translation>
    </message>
    <message>
        <source>Nothing is shared</source>
        <translation>Nothing is shared</translation>
    </message>
    <message>
        <source>This code is not valid or has expired. Check the digits, or ask your technician for a new code.</source>
        <translation>This code is not valid or has expired. Check the digits, or ask your technician for a new code.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong codes. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong codes. Try again in %n second.</numerusform>
            <numerusform>Too many wrong codes. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection is not safe: the server&apos;s certificate could not be verified. Nothing was sent.</source>
        <translation>The connection is not safe: the server&apos;s certificate could not be verified. Nothing was sent.</translation>
    </message>
    <message>
        <source>Could not reach the support server. Check your internet connection and try again.</source>
        <translation>Could not reach the support server. Check your internet connection and try again.</translation>
    </message>
    <message>
        <source>You declined the terms. Nothing was shared.</source>
        <translation>You declined the terms. Nothing was shared.</translation>
    </message>
    <message>
        <source>You left the session.</source>
        <translation>You left the session.</translation>
    </message>
    <message>
        <source>%1 ended the session.</source>
        <translation>%1 ended the session.</translation>
    </message>
    <message>
        <source>%1&apos;s connection was lost. The session has ended.</source>
        <translation>%1&apos;s connection was lost. The session has ended.</translation>
    </message>
    <message>
        <source>The connection was lost and could not be restored.</source>
        <translation>The connection was lost and could not be restored.</translation>
    </message>
    <message>
        <source>The support server was shut down.</source>
        <translation>The support server was shut down.</translation>
    </message>
    <message>
        <source>The session has ended.</source>
        <translation>The session has ended.</translation>
    </message>
    <message>
        <source>The session timed out and has ended. Nothing is shared any more.</source>
        <translation>The session timed out and has ended. Nothing is shared any more.</translation>
    </message>
</context>
<context>
    <name>lifeline::applet::AppletWindow</name>
    <message>
        <source>This could not be done on your computer: %1</source>
        <translation>This could not be done on your computer: %1</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Get help from a technician</source>
        <translation>Get help from a technician</translation>
    </message>
    <message>
        <source>Enter the 6-digit code your technician gave you.</source>
        <translation>Enter the 6-digit code your technician gave you.</translation>
    </message>
    <message>
        <source>Nothing is shared until you allow it. You can stop at any time.</source>
        <translation>Nothing is shared until you allow it. You can stop at any time.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Decline</translation>
    </message>
    <message>
        <source>Please read these terms. Nothing happens on your computer unless you accept them.</source>
        <translation>Please read these terms. Nothing happens on your computer unless you accept them.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Take back every permission now (or press Pause/Break). Chat stays open.</source>
        <translation>Take back every permission now (or press Pause/Break). Chat stays open.</translation>
    </message>
    <message>
        <source>Leave session</source>
        <translation>Leave session</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>The session has ended</source>
        <translation>The session has ended</translation>
    </message>
    <message>
        <source>%1 — %2 is ready to help you</source>
        <translation>%1 — %2 is ready to help you</translation>
    </message>
    <message numerus="yes">
        <source>Connection lost. Reconnecting… (%n second(s) left)</source>
        <translation>
            <numerusform>Connection lost. Reconnecting… (%n second left)</numerusform>
            <numerusform>Connection lost. Reconnecting… (%n seconds left)</numerusform>
        </translation>
    </message>
    <message>
        <source>Lifeline remote support</source>
        <translation>Lifeline remote support</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Open the folder</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>Not saved: %1 (%2)</source>
        <translation>Not saved: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 has the files.</source>
        <translation>%1 has the files.</translation>
    </message>
    <message>
        <source>Files from %1 are saved in your Downloads/Lifeline folder.</source>
        <translation>Files from %1 are saved in your Downloads/Lifeline folder.</translation>
    </message>
    <message>
        <source>Sending %1 to %2…</source>
        <translation>Sending %1 to %2…</translation>
    </message>
    <message>
        <source>Receiving %1 from %2…</source>
        <translation>Receiving %1 from %2…</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>Download…</translation>
    </message>
    <message>
        <source>Save the chosen file on this computer, in a folder you choose.</source>
        <translation>Save the chosen file on this computer, in a folder you choose.</translation>
    </message>
    <message>
        <source>Where should %1 be saved?</source>
        <translation>Where should %1 be saved?</translation>
    </message>
    <message>
        <source>The file is saved in %1.</source>
        <translation>The file is saved in %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) from %1 to download. Choose one and where to save it; nothing is saved unless you do.</source>
        <translation>
            <numerusform>%n file from %1 to download. Choose it and where to save it; nothing is saved unless you do.</numerusform>
            <numerusform>%n files from %1 to download. Choose one and where to save it; nothing is saved unless you do.</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>Downloading %1…</translation>
    </message>
</context>
<context>
    <name>lifeline::applet::ConsentDialog</name>
    <message>
        <source>%1 from %2</source>
        <translation>%1 from %2</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Allow</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Deny</translation>
    </message>
    <message>
        <source>%1 asks for permission, for this session only, to:</source>
        <translation>%1 asks for permission, for this session only, to:</translation>
    </message>
    <message>
        <source>You can take it all back at any time with Stop.</source>
        <translation>You can take it all back at any time with Stop.</translation>
    </message>
    <message>
        <source>Allow all for this session</source>
        <translation>Allow all for this session</translation>
    </message>
    <message>
        <source>Ask me each time</source>
        <translation>Ask me each time</translation>
    </message>
    <message>
        <source>Permission request</source>
        <translation>Permission request</translation>
    </message>
</context>
<context>
    <name>lifeline::applet::IndicatorBar</name>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Take back every permission now (or press Pause/Break). Chat stays open.</source>
        <translation>Take back every permission now (or press Pause/Break). Chat stays open.</translation>
    </message>
    <message>
        <source>Leave session</source>
        <translation>Leave session</translation>
    </message>
</context>
<context>
    <name>lifeline::session::CustomerSession</name>
    <message>
        <source>Connection restored.</source>
        <translation>Connection restored.</translation>
    </message>
    <message>
        <source>Connection lost. Reconnecting…</source>
        <translation>Connection lost. Reconnecting…</translation>
    </message>
</context>
<context>
    <name>lifeline::ui::ChatView</name>
    <message>
        <source>Type a message</source>
        <translation>Type a message</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
</context>
</TS>
