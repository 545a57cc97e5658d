<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>QObject</name>
    <message>
        <source>At least 8 characters (your organisation may ask for more).</source>
        <translation>At least 8 characters (your organisation may ask for more).</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technician</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Master administrator</source>
        <translation>Master administrator</translation>
    </message>
    <message>
        <source>Unknown role</source>
        <translation>Unknown role</translation>
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
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>Wrong e-mail address or password.</source>
        <translation>Wrong e-mail address or password.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins: this account is locked for %n more minute(s).</source>
        <translation>
            <numerusform>Too many failed sign-ins: this account is locked for %n more minute.</numerusform>
            <numerusform>Too many failed sign-ins: this account is locked for %n more minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>This account is disabled. Ask your administrator.</source>
        <translation>This account is disabled. Ask your administrator.</translation>
    </message>
    <message>
        <source>The relay&apos;s certificate is not trusted (%1). Check the CA certificate file and the relay address.</source>
        <translation>The relay&apos;s certificate is not trusted (%1). Check the CA certificate file and the relay address.</translation>
    </message>
    <message>
        <source>The relay cannot be reached (%1).</source>
        <translation>The relay cannot be reached (%1).</translation>
    </message>
    <message>
        <source>The connection to the relay was lost (%1).</source>
        <translation>The connection to the relay was lost (%1).</translation>
    </message>
    <message>
        <source>Limit reached: %1</source>
        <translation>Limit reached: %1</translation>
    </message>
    <message>
        <source>This console is too old or too new for the relay (%1).</source>
        <translation>This console is too old or too new for the relay (%1).</translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation>Not allowed: %1</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Something went wrong.</translation>
    </message>
    <message>
        <source>View screen</source>
        <translation>View screen</translation>
    </message>
    <message>
        <source>Remote control</source>
        <translation>Remote control</translation>
    </message>
    <message>
        <source>Send files</source>
        <translation>Send files</translation>
    </message>
    <message>
        <source>Receive files</source>
        <translation>Receive files</translation>
    </message>
    <message>
        <source>Manage files</source>
        <translation>Manage files</translation>
    </message>
    <message>
        <source>System information</source>
        <translation>System information</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Restart</translation>
    </message>
    <message>
        <source>Clipboard sharing</source>
        <translation>Clipboard sharing</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Recording</translation>
    </message>
    <message>
        <source>The disk is full (%1). Nothing half-written was kept.</source>
        <translation>The disk is full (%1). Nothing half-written was kept.</translation>
    </message>
    <message>
        <source>The file changed while it was being sent (%1). Send it again.</source>
        <translation>The file changed while it was being sent (%1). Send it again.</translation>
    </message>
    <message>
        <source>The data arrived damaged and was not kept (%1).</source>
        <translation>The data arrived damaged and was not kept (%1).</translation>
    </message>
    <message>
        <source>It already exists (%1).</source>
        <translation>It already exists (%1).</translation>
    </message>
    <message>
        <source>Not found (%1).</source>
        <translation>Not found (%1).</translation>
    </message>
    <message>
        <source>This account uses two-step sign-in: enter the code from your authenticator app.</source>
        <translation>This account uses two-step sign-in: enter the code from your authenticator app.</translation>
    </message>
</context>
<context>
    <name>lifeline::console::AdminCenter</name>
    <message>
        <source>Chat (on at the start)</source>
        <translation>Chat (on at the start)</translation>
    </message>
    <message>
        <source>Technician may switch chat on and off</source>
        <translation>Technician may switch chat on and off</translation>
    </message>
    <message>
        <source>Start remote control</source>
        <translation>Start remote control</translation>
    </message>
    <message>
        <source>Start desktop viewing</source>
        <translation>Start desktop viewing</translation>
    </message>
    <message>
        <source>Send files</source>
        <translation>Send files</translation>
    </message>
    <message>
        <source>Receive files</source>
        <translation>Receive files</translation>
    </message>
    <message>
        <source>File manager</source>
        <translation>File manager</translation>
    </message>
    <message>
        <source>Manage the customer&apos;s files</source>
        <translation>Manage the customer&apos;s files</translation>
    </message>
    <message>
        <source>Send web addresses</source>
        <translation>Send web addresses</translation>
    </message>
    <message>
        <source>View system information</source>
        <translation>View system information</translation>
    </message>
    <message>
        <source>Restart the customer&apos;s computer</source>
        <translation>Restart the customer&apos;s computer</translation>
    </message>
    <message>
        <source>Record sessions</source>
        <translation>Record sessions</translation>
    </message>
    <message>
        <source>Record only with the customer&apos;s consent</source>
        <translation>Record only with the customer&apos;s consent</translation>
    </message>
    <message>
        <source>Start private (PIN) sessions</source>
        <translation>Start private (PIN) sessions</translation>
    </message>
    <message>
        <source>One question for all permissions</source>
        <translation>One question for all permissions</translation>
    </message>
    <message>
        <source>Transfer sessions to anyone</source>
        <translation>Transfer sessions to anyone</translation>
    </message>
    <message>
        <source>Transfer sessions to chosen groups</source>
        <translation>Transfer sessions to chosen groups</translation>
    </message>
    <message>
        <source>Put sessions on hold</source>
        <translation>Put sessions on hold</translation>
    </message>
    <message>
        <source>Clipboard synchronisation</source>
        <translation>Clipboard synchronisation</translation>
    </message>
    <message>
        <source>Share own screen with customers</source>
        <translation>Share own screen with customers</translation>
    </message>
    <message>
        <source>Invite another technician</source>
        <translation>Invite another technician</translation>
    </message>
    <message>
        <source>Run scripts</source>
        <translation>Run scripts</translation>
    </message>
    <message>
        <source>Unattended access</source>
        <translation>Unattended access</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>New group…</source>
        <translation>New group…</translation>
    </message>
    <message>
        <source>Use the permissions of the group above</source>
        <translation>Use the permissions of the group above</translation>
    </message>
    <message>
        <source>Lock these permissions (other administrators cannot change them, here or below)</source>
        <translation>Lock these permissions (other administrators cannot change them, here or below)</translation>
    </message>
    <message>
        <source>Technicians sign in with an authenticator code (two-step sign-in)</source>
        <translation>Technicians sign in with an authenticator code (two-step sign-in)</translation>
    </message>
    <message>
        <source>What technicians in this group may do</source>
        <translation>What technicians in this group may do</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>no warning</source>
        <translation>no warning</translation>
    </message>
    <message>
        <source>Empty: sign-in from anywhere. Otherwise, for example:
default deny
allow 192.0.2.0/24
allow 2001:db8::/32</source>
        <translation>Empty: sign-in from anywhere. Otherwise, for example:
default deny
allow 192.0.2.0/24
allow 2001:db8::/32</translation>
    </message>
    <message>
        <source>Minimum password length:</source>
        <translation>Minimum password length:</translation>
    </message>
    <message>
        <source>Character classes (of lower, upper, digit, symbol):</source>
        <translation>Character classes (of lower, upper, digit, symbol):</translation>
    </message>
    <message>
        <source>Password expires after (days):</source>
        <translation>Password expires after (days):</translation>
    </message>
    <message>
        <source>Warn before it expires (days):</source>
        <translation>Warn before it expires (days):</translation>
    </message>
    <message>
        <source>Password policy</source>
        <translation>Password policy</translation>
    </message>
    <message>
        <source>IP restrictions for signing in (the most specific network decides):</source>
        <translation>IP restrictions for signing in (the most specific network decides):</translation>
    </message>
    <message>
        <source>Group and permissions</source>
        <translation>Group and permissions</translation>
    </message>
    <message>
        <source>Sign-in rules</source>
        <translation>Sign-in rules</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Not done: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>%1 (locked)</source>
        <translation>%1 (locked)</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source> (disabled)</source>
        <translation> (disabled)</translation>
    </message>
    <message>
        <source>Administrators</source>
        <translation>Administrators</translation>
    </message>
    <message>
        <source>A master administrator has locked these permissions.</source>
        <translation>A master administrator has locked these permissions.</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>New group</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Keep customers&apos; IP addresses in the session records</source>
        <translation>Keep customers&apos; IP addresses in the session records</translation>
    </message>
    <message>
        <source>A PIN is valid for:</source>
        <translation>A PIN is valid for:</translation>
    </message>
    <message>
        <source>Drag groups and technicians onto a group to move them.</source>
        <translation>Drag groups and technicians onto a group to move them.</translation>
    </message>
    <message>
        <source>New person…</source>
        <translation>New person…</translation>
    </message>
    <message>
        <source>Empty: the organisation&apos;s rules only. Otherwise, for example:
default deny
allow 192.0.2.0/24</source>
        <translation>Empty: the organisation&apos;s rules only. Otherwise, for example:
default deny
allow 192.0.2.0/24</translation>
    </message>
    <message>
        <source>Delete group…</source>
        <translation>Delete group…</translation>
    </message>
    <message>
        <source>Where its technicians (and those below) may sign in from, besides the organisation&apos;s rules:</source>
        <translation>Where its technicians (and those below) may sign in from, besides the organisation&apos;s rules:</translation>
    </message>
    <message>
        <source>Enabled (may sign in)</source>
        <translation>Enabled (may sign in)</translation>
    </message>
    <message>
        <source>Manages:</source>
        <translation>Manages:</translation>
    </message>
    <message>
        <source>Reset two-step sign-in…</source>
        <translation>Reset two-step sign-in…</translation>
    </message>
    <message>
        <source>Set password…</source>
        <translation>Set password…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Nickname (customers see it):</source>
        <translation>Nickname (customers see it):</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Technician group:</source>
        <translation>Technician group:</translation>
    </message>
    <message>
        <source>Two-step sign-in:</source>
        <translation>Two-step sign-in:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Choose a group or a person in the organisation.</source>
        <translation>Choose a group or a person in the organisation.</translation>
    </message>
    <message>
        <source>From the customer joining until they accept the terms.</source>
        <translation>From the customer joining until they accept the terms.</translation>
    </message>
    <message>
        <source>From the PIN until the customer joins, even if the PIN would still be valid.</source>
        <translation>From the PIN until the customer joins, even if the PIN would still be valid.</translation>
    </message>
    <message>
        <source>An active session in which neither side sent anything: no chat, no screen, no input, no files.</source>
        <translation>An active session in which neither side sent anything: no chat, no screen, no input, no files.</translation>
    </message>
    <message>
        <source>Empty: customers are not asked to accept terms. Plain text, shown before anything else.</source>
        <translation>Empty: customers are not asked to accept terms. Plain text, shown before anything else.</translation>
    </message>
    <message>
        <source>Waiting sessions time out after:</source>
        <translation>Waiting sessions time out after:</translation>
    </message>
    <message>
        <source>Connecting sessions time out after:</source>
        <translation>Connecting sessions time out after:</translation>
    </message>
    <message>
        <source>Idle sessions time out after:</source>
        <translation>Idle sessions time out after:</translation>
    </message>
    <message>
        <source>Sessions at once per technician:</source>
        <translation>Sessions at once per technician:</translation>
    </message>
    <message>
        <source>Terms and conditions every customer accepts first:</source>
        <translation>Terms and conditions every customer accepts first:</translation>
    </message>
    <message>
        <source>Session rules</source>
        <translation>Session rules</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Deleted.</translation>
    </message>
    <message>
        <source>Created.</source>
        <translation>Created.</translation>
    </message>
    <message>
        <source>Moved.</source>
        <translation>Moved.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Set up.</source>
        <translation>Set up.</translation>
    </message>
    <message>
        <source>Not set up.</source>
        <translation>Not set up.</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Delete %1?</translation>
    </message>
    <message>
        <source>%1 can no longer sign in, and this cannot be undone. Someone who has held sessions is kept for the records: disable them instead.</source>
        <translation>%1 can no longer sign in, and this cannot be undone. Someone who has held sessions is kept for the records: disable them instead.</translation>
    </message>
    <message>
        <source>Delete the group %1?</source>
        <translation>Delete the group %1?</translation>
    </message>
    <message>
        <source>Only an empty group can be deleted: move its groups and technicians first.</source>
        <translation>Only an empty group can be deleted: move its groups and technicians first.</translation>
    </message>
    <message>
        <source>Reset two-step sign-in for %1?</source>
        <translation>Reset two-step sign-in for %1?</translation>
    </message>
    <message>
        <source>Their authenticator app and recovery codes stop working. They sign in with the password alone and set it up again (at once, when their group requires it).</source>
        <translation>Their authenticator app and recovery codes stop working. They sign in with the password alone and set it up again (at once, when their group requires it).</translation>
    </message>
</context>
<context>
    <name>lifeline::console::FileManager</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modified</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Ask for file access</source>
        <translation>Ask for file access</translation>
    </message>
    <message>
        <source>Ask the customer to allow sending, receiving and managing files.</source>
        <translation>Ask the customer to allow sending, receiving and managing files.</translation>
    </message>
    <message>
        <source>Send →</source>
        <translation>Send →</translation>
    </message>
    <message>
        <source>Send the selected files and folders to the customer&apos;s download folder.</source>
        <translation>Send the selected files and folders to the customer&apos;s download folder.</translation>
    </message>
    <message>
        <source>← Fetch</source>
        <translation>← Fetch</translation>
    </message>
    <message>
        <source>Fetch the selected files and folders into %1.</source>
        <translation>Fetch the selected files and folders into %1.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>This computer</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Customer:</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Speed</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(shared folder)</source>
        <translation>(shared folder)</translation>
    </message>
    <message>
        <source>New folder %1</source>
        <translation>New folder %1</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>Rename %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Delete %1</translation>
    </message>
    <message>
        <source>New folder…</source>
        <translation>New folder…</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>New folder</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Fetch</source>
        <translation>Fetch</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete %1 on the customer&apos;s computer, with everything in it?</source>
        <translation>Delete %1 on the customer&apos;s computer, with everything in it?</translation>
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
        <translation>Waiting for the customer…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>Under way</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Done — in %1</source>
        <translation>Done — in %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <source>Transfer failed: %1 Right-click it to retry; it goes on where it stopped.</source>
        <translation>Transfer failed: %1 Right-click it to retry; it goes on where it stopped.</translation>
    </message>
    <message>
        <source>The customer&apos;s files cannot be shown: %1</source>
        <translation>The customer&apos;s files cannot be shown: %1</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1: done.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message>
        <source>Offer the selected files for the customer to download when they choose (basic file transfer).</source>
        <translation>Offer the selected files for the customer to download when they choose (basic file transfer).</translation>
    </message>
    <message>
        <source>Publish for the customer to download</source>
        <translation>Publish for the customer to download</translation>
    </message>
    <message>
        <source>Stop publishing</source>
        <translation>Stop publishing</translation>
    </message>
    <message>
        <source>The customer no longer sees the selected files (downloads under way go on).</source>
        <translation>The customer no longer sees the selected files (downloads under way go on).</translation>
    </message>
    <message>
        <source>Published — the customer can download these:</source>
        <translation>Published — the customer can download these:</translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation>Not published: %1</translation>
    </message>
    <message>
        <source>⇣ %1 (the customer downloads it)</source>
        <translation>⇣ %1 (the customer downloads it)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already exist on the customer&apos;s computer:</source>
        <translation>
            <numerusform>%n file already exists on the customer&apos;s computer:</numerusform>
            <numerusform>%n files already exist on the customer&apos;s computer:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already exist in %1:</source>
        <translation>
            <numerusform>%n file already exists in %1:</numerusform>
            <numerusform>%n files already exist in %1:</numerusform>
        </translation>
    </message>
    <message>
        <source>Files already there</source>
        <translation>Files already there</translation>
    </message>
    <message>
        <source>Replace them with the new ones, keep both (the new ones get a number), or skip them?</source>
        <translation>Replace them with the new ones, keep both (the new ones get a number), or skip them?</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Overwrite</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Keep both</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message numerus="yes">
        <source>Done — %n skipped</source>
        <translation>
            <numerusform>Done — %n skipped</numerusform>
            <numerusform>Done — %n skipped</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The customer sees the published files and can download them.</source>
        <translation>The customer sees the published files and can download them.</translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) taken — waiting for your choice</source>
        <translation>
            <numerusform>%n name taken — waiting for your choice</numerusform>
            <numerusform>%n names taken — waiting for your choice</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeline::console::MainWindow</name>
    <message>
        <source>Lifeline Console</source>
        <translation>Lifeline Console</translation>
    </message>
    <message>
        <source>New session…</source>
        <translation>New session…</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>Connection lost</translation>
    </message>
    <message>
        <source>The console lost its connection to the relay: %1 Sessions in tabs keep their own connections; sign in again to see the queue.</source>
        <translation>The console lost its connection to the relay: %1 Sessions in tabs keep their own connections; sign in again to see the queue.</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>Saved at %1.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>&amp;New session…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>S&amp;ettings</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>The console uses the new language from its next start.</source>
        <translation>The console uses the new language from its next start.</translation>
    </message>
    <message>
        <source>Not connected to the relay.</source>
        <translation>Not connected to the relay.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2) — %3 — relay %4:%5</source>
        <translation>Signed in as %1 (%2) — %3 — relay %4:%5</translation>
    </message>
    <message>
        <source>Too many sessions</source>
        <translation>Too many sessions</translation>
    </message>
    <message numerus="yes">
        <source>You already have %n session(s) open, the most allowed. End one to start another.</source>
        <translation>
            <numerusform>You already have %n session open, the most allowed. End it to start another.</numerusform>
            <numerusform>You already have %n sessions open, the most allowed. End one to start another.</numerusform>
        </translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) still open. Quit and end them?</source>
        <translation>
            <numerusform>%n session still open. Quit and end it?</numerusform>
            <numerusform>%n sessions still open. Quit and end them?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;End session and close tab</source>
        <translation>&amp;End session and close tab</translation>
    </message>
    <message>
        <source>Admin Center</source>
        <translation>Admin Center</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Your password was changed.</translation>
    </message>
    <message>
        <source>Password not changed</source>
        <translation>Password not changed</translation>
    </message>
    <message>
        <source>Your password was not changed: %1</source>
        <translation>Your password was not changed: %1</translation>
    </message>
    <message>
        <source>Set up &amp;two-step sign-in…</source>
        <translation>Set up &amp;two-step sign-in…</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message numerus="yes">
        <source>Your password expires in %n day(s): Settings → Change password.</source>
        <translation>
            <numerusform>Your password expires in %n day: Settings → Change password.</numerusform>
            <numerusform>Your password expires in %n days: Settings → Change password.</numerusform>
        </translation>
    </message>
    <message>
        <source>Two-step sign-in is on: from now on, signing in asks for the app&apos;s code.</source>
        <translation>Two-step sign-in is on: from now on, signing in asks for the app&apos;s code.</translation>
    </message>
</context>
<context>
    <name>lifeline::console::NewPersonDialog</name>
    <message>
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>First and last name</translation>
    </message>
    <message>
        <source>What customers see (the first name if empty)</source>
        <translation>What customers see (the first name if empty)</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>May sign in now</source>
        <translation>May sign in now</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Nickname:</source>
        <translation>Nickname:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Technician group:</source>
        <translation>Technician group:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Again:</translation>
    </message>
    <message>
        <source>Type a name.</source>
        <translation>Type a name.</translation>
    </message>
    <message>
        <source>Type an e-mail address.</source>
        <translation>Type an e-mail address.</translation>
    </message>
    <message>
        <source>Technicians belong to a group: make one first.</source>
        <translation>Technicians belong to a group: make one first.</translation>
    </message>
</context>
<context>
    <name>lifeline::console::NewSessionDialog</name>
    <message>
        <source>New session</source>
        <translation>New session</translation>
    </message>
    <message>
        <source>Customer&apos;s name</source>
        <translation>Customer&apos;s name</translation>
    </message>
    <message>
        <source>Ticket number or note (optional)</source>
        <translation>Ticket number or note (optional)</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Customer:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Reference:</translation>
    </message>
    <message>
        <source>Create session</source>
        <translation>Create session</translation>
    </message>
    <message>
        <source>Give the customer this PIN:</source>
        <translation>Give the customer this PIN:</translation>
    </message>
    <message>
        <source>&amp;Copy PIN</source>
        <translation>&amp;Copy PIN</translation>
    </message>
    <message>
        <source>Read this to the customer:</source>
        <translation>Read this to the customer:</translation>
    </message>
    <message>
        <source>Valid once, until %1.</source>
        <translation>Valid once, until %1.</translation>
    </message>
    <message>
        <source>“Please start the Lifeline support program I sent you. When it asks for a PIN, type %1. You will see my name, %2, and the program will ask you before I can see or do anything. The PIN works until %3.”</source>
        <translation>“Please start the Lifeline support program I sent you. When it asks for a PIN, type %1. You will see my name, %2, and the program will ask you before I can see or do anything. The PIN works until %3.”</translation>
    </message>
</context>
<context>
    <name>lifeline::console::PasswordDialog</name>
    <message>
        <source>Set password</source>
        <translation>Set password</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Current password:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>New password:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Again:</translation>
    </message>
    <message>
        <source>A new password for %1. Tell it to them in person or by phone; they can change it later.</source>
        <translation>A new password for %1. Tell it to them in person or by phone; they can change it later.</translation>
    </message>
    <message>
        <source>A new password for your account (%1).</source>
        <translation>A new password for your account (%1).</translation>
    </message>
    <message>
        <source>Your password has expired. Choose a new one to go on working (%1).</source>
        <translation>Your password has expired. Choose a new one to go on working (%1).</translation>
    </message>
    <message>
        <source>Type your current password too.</source>
        <translation>Type your current password too.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>The new password must differ from the current one.</translation>
    </message>
</context>
<context>
    <name>lifeline::console::ReportsPage</name>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Missed sessions</source>
        <translation>Missed sessions</translation>
    </message>
    <message>
        <source>Sign-ins</source>
        <translation>Sign-ins</translation>
    </message>
    <message>
        <source>Chat logs</source>
        <translation>Chat logs</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Export report</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>to:</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Group:</translation>
    </message>
    <message>
        <source>Technician:</source>
        <translation>Technician:</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>Whole organisation</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>The first day is after the last one.</source>
        <translation>The first day is after the last one.</translation>
    </message>
    <message>
        <source>A report covers at most 366 days.</source>
        <translation>A report covers at most 366 days.</translation>
    </message>
    <message>
        <source>Asking the relay…</source>
        <translation>Asking the relay…</translation>
    </message>
    <message>
        <source>No report: %1</source>
        <translation>No report: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), %1 missed. Waiting: average %2, longest %3. Handling: average %4, longest %5.</source>
        <translation>
            <numerusform>%n session, %1 missed. Waiting: average %2, longest %3. Handling: average %4, longest %5.</numerusform>
            <numerusform>%n sessions, %1 missed. Waiting: average %2, longest %3. Handling: average %4, longest %5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies).</source>
        <translation>
            <numerusform>%n entry.</numerusform>
            <numerusform>%n entries.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the first %1 rows are shown: choose fewer days.</source>
        <translation>Only the first %1 rows are shown: choose fewer days.</translation>
    </message>
    <message>
        <source>Sessions per day</source>
        <translation>Sessions per day</translation>
    </message>
    <message>
        <source>Average waiting and handling (minutes)</source>
        <translation>Average waiting and handling (minutes)</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>The report could not be saved in %1: %2</source>
        <translation>The report could not be saved in %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) in %1.</source>
        <translation>
            <numerusform>Saved %n row in %1.</numerusform>
            <numerusform>Saved %n rows in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeline::console::SessionController</name>
    <message>
        <source>Not sent: %1</source>
        <translation>Not sent: %1</translation>
    </message>
</context>
<context>
    <name>lifeline::console::SessionListModel</name>
    <message>
        <source>Waiting for customer</source>
        <translation>Waiting for customer</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connecting</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation>Aborted</translation>
    </message>
    <message>
        <source>Customer reconnecting</source>
        <translation>Customer reconnecting</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>you ended the session</source>
        <translation>you ended the session</translation>
    </message>
    <message>
        <source>the customer ended the session</source>
        <translation>the customer ended the session</translation>
    </message>
    <message>
        <source>your console lost its connection</source>
        <translation>your console lost its connection</translation>
    </message>
    <message>
        <source>the customer&apos;s connection was lost</source>
        <translation>the customer&apos;s connection was lost</translation>
    </message>
    <message>
        <source>your console stopped answering</source>
        <translation>your console stopped answering</translation>
    </message>
    <message>
        <source>the customer&apos;s applet stopped answering</source>
        <translation>the customer&apos;s applet stopped answering</translation>
    </message>
    <message>
        <source>the PIN expired before the customer joined</source>
        <translation>the PIN expired before the customer joined</translation>
    </message>
    <message>
        <source>the relay shut down</source>
        <translation>the relay shut down</translation>
    </message>
    <message>
        <source>a malformed message</source>
        <translation>a malformed message</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Valid until %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>the customer did not accept the terms in time</source>
        <translation>the customer did not accept the terms in time</translation>
    </message>
    <message>
        <source>the customer did not join in time</source>
        <translation>the customer did not join in time</translation>
    </message>
    <message>
        <source>nothing happened in the session for too long</source>
        <translation>nothing happened in the session for too long</translation>
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
        <translation>Notes about this session, kept with its record on the relay.</translation>
    </message>
    <message>
        <source>&amp;Save notes</source>
        <translation>&amp;Save notes</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Round trip:</source>
        <translation>Round trip:</translation>
    </message>
    <message>
        <source>Click to picture:</source>
        <translation>Click to picture:</translation>
    </message>
    <message>
        <source>Frame rate:</source>
        <translation>Frame rate:</translation>
    </message>
    <message>
        <source>Bitrate:</source>
        <translation>Bitrate:</translation>
    </message>
    <message>
        <source>Encoder:</source>
        <translation>Encoder:</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>Path:</translation>
    </message>
    <message>
        <source>Frames:</source>
        <translation>Frames:</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>%1 fps</source>
        <translation>%1 fps</translation>
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
        <translation>Clipboard sharing is not available here: %1</translation>
    </message>
    <message>
        <source>View screen</source>
        <translation>View screen</translation>
    </message>
    <message>
        <source>Ask the customer to show their screen; again to stop viewing.</source>
        <translation>Ask the customer to show their screen; again to stop viewing.</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Control</translation>
    </message>
    <message>
        <source>Ask the customer for control of mouse and keyboard; again to give it back.</source>
        <translation>Ask the customer for control of mouse and keyboard; again to give it back.</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Scale the customer&apos;s screen to fit; off: 1:1 with scroll bars.</source>
        <translation>Scale the customer&apos;s screen to fit; off: 1:1 with scroll bars.</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Full screen</translation>
    </message>
    <message>
        <source>On %1 (%2×%3)</source>
        <translation>On %1 (%2×%3)</translation>
    </message>
    <message>
        <source>Which of the customer&apos;s monitors to show</source>
        <translation>Which of the customer&apos;s monitors to show</translation>
    </message>
    <message>
        <source>Standard (sharp)</source>
        <translation>Standard (sharp)</translation>
    </message>
    <message>
        <source>Performance (fast)</source>
        <translation>Performance (fast)</translation>
    </message>
    <message>
        <source>Full colour</source>
        <translation>Full colour</translation>
    </message>
    <message>
        <source>16-bit colour</source>
        <translation>16-bit colour</translation>
    </message>
    <message>
        <source>256 colours</source>
        <translation>256 colours</translation>
    </message>
    <message>
        <source>Special keys</source>
        <translation>Special keys</translation>
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
        <translation>Windows / Super key</translation>
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
        <translation>Clipboard</translation>
    </message>
    <message>
        <source>Share the clipboard with the customer (they are asked first).</source>
        <translation>Share the clipboard with the customer (they are asked first).</translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation>Screenshot</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>End session</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>the customer</translation>
    </message>
    <message>
        <source>Session ended: %1.</source>
        <translation>Session ended: %1.</translation>
    </message>
    <message>
        <source>Waiting for %1 to join with PIN %2.</source>
        <translation>Waiting for %1 to join with PIN %2.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>%1&apos;s connection dropped; waiting for the applet to come back.</source>
        <translation>%1&apos;s connection dropped; waiting for the applet to come back.</translation>
    </message>
    <message>
        <source>Control paused: %1 is using the mouse or keyboard.</source>
        <translation>Control paused: %1 is using the mouse or keyboard.</translation>
    </message>
    <message>
        <source>In control of %1&apos;s computer.</source>
        <translation>In control of %1&apos;s computer.</translation>
    </message>
    <message>
        <source>Viewing %1&apos;s screen (view only).</source>
        <translation>Viewing %1&apos;s screen (view only).</translation>
    </message>
    <message>
        <source>Waiting for %1 to answer…</source>
        <translation>Waiting for %1 to answer…</translation>
    </message>
    <message>
        <source>Connected with %1. Ask to view the screen or chat.</source>
        <translation>Connected with %1. Ask to view the screen or chat.</translation>
    </message>
    <message>
        <source>All monitors</source>
        <translation>All monitors</translation>
    </message>
    <message>
        <source>Monitor %1 (%2×%3)%4</source>
        <translation>Monitor %1 (%2×%3)%4</translation>
    </message>
    <message>
        <source>, primary</source>
        <translation>, primary</translation>
    </message>
    <message>
        <source>There is no picture of the customer&apos;s screen yet.</source>
        <translation>There is no picture of the customer&apos;s screen yet.</translation>
    </message>
    <message>
        <source>session-%1-%2.png</source>
        <translation>session-%1-%2.png</translation>
    </message>
    <message>
        <source>Save screenshot</source>
        <translation>Save screenshot</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>Could not save %1.</source>
        <translation>Could not save %1.</translation>
    </message>
    <message>
        <source>%1 — Lifeline</source>
        <translation>%1 — Lifeline</translation>
    </message>
    <message>
        <source>Leave full screen (Ctrl+Alt+Shift+F)</source>
        <translation>Leave full screen (Ctrl+Alt+Shift+F)</translation>
    </message>
    <message>
        <source>End the session with %1? The customer&apos;s applet is told and stops sharing.</source>
        <translation>End the session with %1? The customer&apos;s applet is told and stops sharing.</translation>
    </message>
    <message>
        <source>The customer&apos;s screen shows here once they allow it.</source>
        <translation>The customer&apos;s screen shows here once they allow it.</translation>
    </message>
    <message>
        <source>Stopped by %1: nothing is shared now. Ask again when they are ready.</source>
        <translation>Stopped by %1: nothing is shared now. Ask again when they are ready.</translation>
    </message>
    <message>
        <source>Viewing %1&apos;s screen (view only); %1 declined control.</source>
        <translation>Viewing %1&apos;s screen (view only); %1 declined control.</translation>
    </message>
    <message>
        <source>%1 declined. Ask again, or explain in the chat why you need it.</source>
        <translation>%1 declined. Ask again, or explain in the chat why you need it.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy does not allow this in this session.</source>
        <translation>Your organisation&apos;s policy does not allow this in this session.</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <source>File Manager</source>
        <translation>File Manager</translation>
    </message>
    <message>
        <source>Recoveries:</source>
        <translation>Recoveries:</translation>
    </message>
    <message>
        <source>The picture stalled and was resynchronised. Please report this with the customer&apos;s log.</source>
        <translation>The picture stalled and was resynchronised. Please report this with the customer&apos;s log.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>Automatic keeps text sharp and sends moving pictures as video; Standard sends everything sharp; Performance sends everything that moves as video.</source>
        <translation>Automatic keeps text sharp and sends moving pictures as video; Standard sends everything sharp; Performance sends everything that moves as video.</translation>
    </message>
</context>
<context>
    <name>lifeline::console::SignInDialog</name>
    <message>
        <source>Sign in — Lifeline Console</source>
        <translation>Sign in — Lifeline Console</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>host:port</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Relay CA certificate</source>
        <translation>Relay CA certificate</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM certificates (*.pem *.crt);;All files (*)</translation>
    </message>
    <message>
        <source>&amp;Relay:</source>
        <translation>&amp;Relay:</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>&amp;CA certificate:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Sign in to your Lifeline relay</source>
        <translation>Sign in to your Lifeline relay</translation>
    </message>
    <message>
        <source>Type the relay&apos;s address as host:port, for example relay.example.com:7443.</source>
        <translation>Type the relay&apos;s address as host:port, for example relay.example.com:7443.</translation>
    </message>
    <message>
        <source>Type your e-mail address and password.</source>
        <translation>Type your e-mail address and password.</translation>
    </message>
    <message>
        <source>The CA certificate cannot be read: %1</source>
        <translation>The CA certificate cannot be read: %1</translation>
    </message>
    <message>
        <source>six digits from the app, or a recovery code</source>
        <translation>six digits from the app, or a recovery code</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>C&amp;ode:</translation>
    </message>
    <message>
        <source>Your account uses two-step sign-in. Type the code your authenticator app shows now.</source>
        <translation>Your account uses two-step sign-in. Type the code your authenticator app shows now.</translation>
    </message>
    <message>
        <source>Wrong e-mail address, password or code.</source>
        <translation>Wrong e-mail address, password or code.</translation>
    </message>
    <message>
        <source>Type the code your authenticator app shows now.</source>
        <translation>Type the code your authenticator app shows now.</translation>
    </message>
</context>
<context>
    <name>lifeline::console::TwoFactorDialog</name>
    <message>
        <source>Two-step sign-in — Lifeline Console</source>
        <translation>Two-step sign-in — Lifeline Console</translation>
    </message>
    <message>
        <source>Your technician group requires two-step sign-in. Until you set it up, you cannot start sessions.</source>
        <translation>Your technician group requires two-step sign-in. Until you set it up, you cannot start sessions.</translation>
    </message>
    <message>
        <source>Signing in will need your password and a six-digit code from an authenticator app on your phone (any app for time-based codes, for example FreeOTP or Google Authenticator).</source>
        <translation>Signing in will need your password and a six-digit code from an authenticator app on your phone (any app for time-based codes, for example FreeOTP or Google Authenticator).</translation>
    </message>
    <message>
        <source>Asking the relay for a new key…</source>
        <translation>Asking the relay for a new key…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <source>Save recovery codes</source>
        <translation>Save recovery codes</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Text files (*.txt)</translation>
    </message>
    <message>
        <source>The recovery codes could not be saved in %1: %2</source>
        <translation>The recovery codes could not be saved in %1: %2</translation>
    </message>
    <message>
        <source>123456</source>
        <translation>123456</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation>Turn on</translation>
    </message>
    <message>
        <source>1. Scan this code with the app:</source>
        <translation>1. Scan this code with the app:</translation>
    </message>
    <message>
        <source>…or type this key into it:</source>
        <translation>…or type this key into it:</translation>
    </message>
    <message>
        <source>2. Keep these recovery codes somewhere safe. Each one signs you in once if you lose your phone; they are not shown again.</source>
        <translation>2. Keep these recovery codes somewhere safe. Each one signs you in once if you lose your phone; they are not shown again.</translation>
    </message>
    <message>
        <source>3. Code the app shows now:</source>
        <translation>3. Code the app shows now:</translation>
    </message>
    <message>
        <source>Two-step sign-in cannot be set up now: %1</source>
        <translation>Two-step sign-in cannot be set up now: %1</translation>
    </message>
    <message>
        <source>That code is not right. Check that the phone&apos;s clock is right and type the code the app shows now.</source>
        <translation>That code is not right. Check that the phone&apos;s clock is right and type the code the app shows now.</translation>
    </message>
    <message>
        <source>(no QR code: type the key below)</source>
        <translation>(no QR code: type the key below)</translation>
    </message>
    <message>
        <source>Type the code the app shows now.</source>
        <translation>Type the code the app shows now.</translation>
    </message>
</context>
<context>
    <name>lifeline::session::TechnicianSession</name>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Connection to the relay lost: %1</source>
        <translation>Connection to the relay lost: %1</translation>
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
