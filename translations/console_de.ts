<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <source>At least 8 characters (your organisation may ask for more).</source>
        <translation>Mindestens 8 Zeichen (Ihre Organisation kann mehr verlangen).</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter unterscheiden sich.</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Techniker</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Master administrator</source>
        <translation>Hauptadministrator</translation>
    </message>
    <message>
        <source>Unknown role</source>
        <translation>Unbekannte Rolle</translation>
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
        <translation>Falsche E-Mail-Adresse oder falsches Passwort.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins: this account is locked for %n more minute(s).</source>
        <translation>
            <numerusform>Zu viele fehlgeschlagene Anmeldungen: Dieses Konto ist noch %n Minute gesperrt.</numerusform>
            <numerusform>Zu viele fehlgeschlagene Anmeldungen: Dieses Konto ist noch %n Minuten gesperrt.</numerusform>
        </translation>
    </message>
    <message>
        <source>This account is disabled. Ask your administrator.</source>
        <translation>Dieses Konto ist deaktiviert. Wenden Sie sich an Ihren Administrator.</translation>
    </message>
    <message>
        <source>The relay&apos;s certificate is not trusted (%1). Check the CA certificate file and the relay address.</source>
        <translation>Dem Zertifikat des Relays wird nicht vertraut (%1). Prüfen Sie die CA-Zertifikatsdatei und die Relay-Adresse.</translation>
    </message>
    <message>
        <source>The relay cannot be reached (%1).</source>
        <translation>Das Relay ist nicht erreichbar (%1).</translation>
    </message>
    <message>
        <source>The connection to the relay was lost (%1).</source>
        <translation>Die Verbindung zum Relay ist abgebrochen (%1).</translation>
    </message>
    <message>
        <source>Limit reached: %1</source>
        <translation>Grenze erreicht: %1</translation>
    </message>
    <message>
        <source>This console is too old or too new for the relay (%1).</source>
        <translation>Diese Konsole ist zu alt oder zu neu für das Relay (%1).</translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation>Nicht erlaubt: %1</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Etwas ist schiefgegangen.</translation>
    </message>
    <message>
        <source>View screen</source>
        <translation>Bildschirm ansehen</translation>
    </message>
    <message>
        <source>Remote control</source>
        <translation>Fernsteuerung</translation>
    </message>
    <message>
        <source>Send files</source>
        <translation>Dateien senden</translation>
    </message>
    <message>
        <source>Receive files</source>
        <translation>Dateien empfangen</translation>
    </message>
    <message>
        <source>Manage files</source>
        <translation>Dateien verwalten</translation>
    </message>
    <message>
        <source>System information</source>
        <translation>Systeminformationen</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neustart</translation>
    </message>
    <message>
        <source>Clipboard sharing</source>
        <translation>Zwischenablage teilen</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Aufzeichnung</translation>
    </message>
    <message>
        <source>The disk is full (%1). Nothing half-written was kept.</source>
        <translation>Der Datenträger ist voll (%1). Nichts halb Geschriebenes wurde behalten.</translation>
    </message>
    <message>
        <source>The file changed while it was being sent (%1). Send it again.</source>
        <translation>Die Datei hat sich beim Senden geändert (%1). Senden Sie sie erneut.</translation>
    </message>
    <message>
        <source>The data arrived damaged and was not kept (%1).</source>
        <translation>Die Daten kamen beschädigt an und wurden nicht behalten (%1).</translation>
    </message>
    <message>
        <source>It already exists (%1).</source>
        <translation>Existiert bereits (%1).</translation>
    </message>
    <message>
        <source>Not found (%1).</source>
        <translation>Nicht gefunden (%1).</translation>
    </message>
    <message>
        <source>This account uses two-step sign-in: enter the code from your authenticator app.</source>
        <translation>Dieses Konto verwendet die Anmeldung in zwei Schritten: Geben Sie den Code aus Ihrer Authenticator-App ein.</translation>
    </message>
</context>
<context>
    <name>lifeline::console::AdminCenter</name>
    <message>
        <source>Chat (on at the start)</source>
        <translation>Chat (beim Start an)</translation>
    </message>
    <message>
        <source>Technician may switch chat on and off</source>
        <translation>Techniker darf den Chat ein- und ausschalten</translation>
    </message>
    <message>
        <source>Start remote control</source>
        <translation>Fernsteuerung starten</translation>
    </message>
    <message>
        <source>Start desktop viewing</source>
        <translation>Desktopansicht starten</translation>
    </message>
    <message>
        <source>Send files</source>
        <translation>Dateien senden</translation>
    </message>
    <message>
        <source>Receive files</source>
        <translation>Dateien empfangen</translation>
    </message>
    <message>
        <source>File manager</source>
        <translation>Dateimanager</translation>
    </message>
    <message>
        <source>Manage the customer&apos;s files</source>
        <translation>Dateien des Kunden verwalten</translation>
    </message>
    <message>
        <source>Send web addresses</source>
        <translation>Webadressen senden</translation>
    </message>
    <message>
        <source>View system information</source>
        <translation>Systeminformationen ansehen</translation>
    </message>
    <message>
        <source>Restart the customer&apos;s computer</source>
        <translation>Den Computer des Kunden neu starten</translation>
    </message>
    <message>
        <source>Record sessions</source>
        <translation>Sitzungen aufzeichnen</translation>
    </message>
    <message>
        <source>Record only with the customer&apos;s consent</source>
        <translation>Nur mit Zustimmung des Kunden aufzeichnen</translation>
    </message>
    <message>
        <source>Start private (PIN) sessions</source>
        <translation>Private Sitzungen (PIN) starten</translation>
    </message>
    <message>
        <source>One question for all permissions</source>
        <translation>Eine Frage für alle Berechtigungen</translation>
    </message>
    <message>
        <source>Transfer sessions to anyone</source>
        <translation>Sitzungen an alle übergeben</translation>
    </message>
    <message>
        <source>Transfer sessions to chosen groups</source>
        <translation>Sitzungen an ausgewählte Gruppen übergeben</translation>
    </message>
    <message>
        <source>Put sessions on hold</source>
        <translation>Sitzungen halten</translation>
    </message>
    <message>
        <source>Clipboard synchronisation</source>
        <translation>Zwischenablage abgleichen</translation>
    </message>
    <message>
        <source>Share own screen with customers</source>
        <translation>Eigenen Bildschirm mit Kunden teilen</translation>
    </message>
    <message>
        <source>Invite another technician</source>
        <translation>Einen weiteren Techniker einladen</translation>
    </message>
    <message>
        <source>Run scripts</source>
        <translation>Skripte ausführen</translation>
    </message>
    <message>
        <source>Unattended access</source>
        <translation>Unbeaufsichtigter Zugriff</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>New group…</source>
        <translation>Neue Gruppe…</translation>
    </message>
    <message>
        <source>Use the permissions of the group above</source>
        <translation>Die Berechtigungen der übergeordneten Gruppe verwenden</translation>
    </message>
    <message>
        <source>Lock these permissions (other administrators cannot change them, here or below)</source>
        <translation>Diese Berechtigungen sperren (andere Administratoren können sie hier und darunter nicht ändern)</translation>
    </message>
    <message>
        <source>Technicians sign in with an authenticator code (two-step sign-in)</source>
        <translation>Techniker melden sich mit einem Authenticator-Code an (Anmeldung in zwei Schritten)</translation>
    </message>
    <message>
        <source>What technicians in this group may do</source>
        <translation>Was Techniker in dieser Gruppe dürfen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>no warning</source>
        <translation>keine Warnung</translation>
    </message>
    <message>
        <source>Empty: sign-in from anywhere. Otherwise, for example:
default deny
allow 192.0.2.0/24
allow 2001:db8::/32</source>
        <translation>Leer: Anmeldung von überall. Sonst zum Beispiel:
default deny
allow 192.0.2.0/24
allow 2001:db8::/32</translation>
    </message>
    <message>
        <source>Minimum password length:</source>
        <translation>Mindestlänge des Passworts:</translation>
    </message>
    <message>
        <source>Character classes (of lower, upper, digit, symbol):</source>
        <translation>Zeichenklassen (aus Klein-, Großbuchstaben, Ziffern, Symbolen):</translation>
    </message>
    <message>
        <source>Password expires after (days):</source>
        <translation>Passwort läuft ab nach (Tagen):</translation>
    </message>
    <message>
        <source>Warn before it expires (days):</source>
        <translation>Warnen vor dem Ablauf (Tage):</translation>
    </message>
    <message>
        <source>Password policy</source>
        <translation>Passwortrichtlinie</translation>
    </message>
    <message>
        <source>IP restrictions for signing in (the most specific network decides):</source>
        <translation>IP-Beschränkungen für die Anmeldung (das genaueste Netz entscheidet):</translation>
    </message>
    <message>
        <source>Group and permissions</source>
        <translation>Gruppe und Berechtigungen</translation>
    </message>
    <message>
        <source>Sign-in rules</source>
        <translation>Anmelderegeln</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Nicht erledigt: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>%1 (locked)</source>
        <translation>%1 (gesperrt)</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source> (disabled)</source>
        <translation> (deaktiviert)</translation>
    </message>
    <message>
        <source>Administrators</source>
        <translation>Administratoren</translation>
    </message>
    <message>
        <source>A master administrator has locked these permissions.</source>
        <translation>Ein Hauptadministrator hat diese Berechtigungen gesperrt.</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Neue Gruppe</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Keep customers&apos; IP addresses in the session records</source>
        <translation>IP-Adressen der Kunden in den Sitzungsprotokollen speichern</translation>
    </message>
    <message>
        <source>A PIN is valid for:</source>
        <translation>Eine PIN gilt für:</translation>
    </message>
    <message>
        <source>Drag groups and technicians onto a group to move them.</source>
        <translation>Ziehen Sie Gruppen und Techniker auf eine Gruppe, um sie zu verschieben.</translation>
    </message>
    <message>
        <source>New person…</source>
        <translation>Neue Person…</translation>
    </message>
    <message>
        <source>Empty: the organisation&apos;s rules only. Otherwise, for example:
default deny
allow 192.0.2.0/24</source>
        <translation>Leer: nur die Regeln der Organisation. Sonst zum Beispiel:
default deny
allow 192.0.2.0/24</translation>
    </message>
    <message>
        <source>Delete group…</source>
        <translation>Gruppe löschen…</translation>
    </message>
    <message>
        <source>Where its technicians (and those below) may sign in from, besides the organisation&apos;s rules:</source>
        <translation>Von wo sich ihre Techniker (und die darunter) anmelden dürfen, zusätzlich zu den Regeln der Organisation:</translation>
    </message>
    <message>
        <source>Enabled (may sign in)</source>
        <translation>Aktiv (darf sich anmelden)</translation>
    </message>
    <message>
        <source>Manages:</source>
        <translation>Verwaltet:</translation>
    </message>
    <message>
        <source>Reset two-step sign-in…</source>
        <translation>Zweistufige Anmeldung zurücksetzen…</translation>
    </message>
    <message>
        <source>Set password…</source>
        <translation>Passwort festlegen…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Nickname (customers see it):</source>
        <translation>Spitzname (Kunden sehen ihn):</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <source>Technician group:</source>
        <translation>Technikergruppe:</translation>
    </message>
    <message>
        <source>Two-step sign-in:</source>
        <translation>Zweistufige Anmeldung:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Choose a group or a person in the organisation.</source>
        <translation>Wählen Sie eine Gruppe oder eine Person in der Organisation.</translation>
    </message>
    <message>
        <source>From the customer joining until they accept the terms.</source>
        <translation>Vom Beitritt des Kunden, bis er die Bedingungen annimmt.</translation>
    </message>
    <message>
        <source>From the PIN until the customer joins, even if the PIN would still be valid.</source>
        <translation>Von der PIN, bis der Kunde beitritt, auch wenn die PIN noch gültig wäre.</translation>
    </message>
    <message>
        <source>An active session in which neither side sent anything: no chat, no screen, no input, no files.</source>
        <translation>Eine aktive Sitzung, in der keine Seite etwas gesendet hat: kein Chat, kein Bildschirm, keine Eingabe, keine Dateien.</translation>
    </message>
    <message>
        <source>Empty: customers are not asked to accept terms. Plain text, shown before anything else.</source>
        <translation>Leer: Kunden müssen keine Bedingungen annehmen. Reiner Text, vor allem anderen angezeigt.</translation>
    </message>
    <message>
        <source>Waiting sessions time out after:</source>
        <translation>Wartende Sitzungen laufen ab nach:</translation>
    </message>
    <message>
        <source>Connecting sessions time out after:</source>
        <translation>Verbindende Sitzungen laufen ab nach:</translation>
    </message>
    <message>
        <source>Idle sessions time out after:</source>
        <translation>Untätige Sitzungen laufen ab nach:</translation>
    </message>
    <message>
        <source>Sessions at once per technician:</source>
        <translation>Gleichzeitige Sitzungen je Techniker:</translation>
    </message>
    <message>
        <source>Terms and conditions every customer accepts first:</source>
        <translation>Bedingungen, die jeder Kunde zuerst annimmt:</translation>
    </message>
    <message>
        <source>Session rules</source>
        <translation>Sitzungsregeln</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Gelöscht.</translation>
    </message>
    <message>
        <source>Created.</source>
        <translation>Erstellt.</translation>
    </message>
    <message>
        <source>Moved.</source>
        <translation>Verschoben.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Set up.</source>
        <translation>Eingerichtet.</translation>
    </message>
    <message>
        <source>Not set up.</source>
        <translation>Nicht eingerichtet.</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message>
        <source>%1 can no longer sign in, and this cannot be undone. Someone who has held sessions is kept for the records: disable them instead.</source>
        <translation>%1 kann sich nicht mehr anmelden, und das lässt sich nicht rückgängig machen. Wer Sitzungen gehalten hat, bleibt für die Aufzeichnungen erhalten: deaktivieren Sie ihn stattdessen.</translation>
    </message>
    <message>
        <source>Delete the group %1?</source>
        <translation>Die Gruppe %1 löschen?</translation>
    </message>
    <message>
        <source>Only an empty group can be deleted: move its groups and technicians first.</source>
        <translation>Nur eine leere Gruppe lässt sich löschen: verschieben Sie zuerst ihre Gruppen und Techniker.</translation>
    </message>
    <message>
        <source>Reset two-step sign-in for %1?</source>
        <translation>Zweistufige Anmeldung für %1 zurücksetzen?</translation>
    </message>
    <message>
        <source>Their authenticator app and recovery codes stop working. They sign in with the password alone and set it up again (at once, when their group requires it).</source>
        <translation>Ihre Authenticator-App und Wiederherstellungscodes funktionieren nicht mehr. Die Person meldet sich nur mit dem Passwort an und richtet es neu ein (sofort, wenn ihre Gruppe es verlangt).</translation>
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
        <translation>Größe</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Ask for file access</source>
        <translation>Dateizugriff erfragen</translation>
    </message>
    <message>
        <source>Ask the customer to allow sending, receiving and managing files.</source>
        <translation>Den Kunden bitten, Senden, Empfangen und Verwalten von Dateien zu erlauben.</translation>
    </message>
    <message>
        <source>Send →</source>
        <translation>Senden →</translation>
    </message>
    <message>
        <source>Send the selected files and folders to the customer&apos;s download folder.</source>
        <translation>Die gewählten Dateien und Ordner in den Download-Ordner des Kunden senden.</translation>
    </message>
    <message>
        <source>← Fetch</source>
        <translation>← Holen</translation>
    </message>
    <message>
        <source>Fetch the selected files and folders into %1.</source>
        <translation>Die gewählten Dateien und Ordner nach %1 holen.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Kunde:</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Übertragung</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(shared folder)</source>
        <translation>(freigegebener Ordner)</translation>
    </message>
    <message>
        <source>New folder %1</source>
        <translation>Neuer Ordner %1</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>%1 umbenennen</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>New folder…</source>
        <translation>Neuer Ordner…</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Neuer Ordner</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Fetch</source>
        <translation>Holen</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete %1 on the customer&apos;s computer, with everything in it?</source>
        <translation>%1 auf dem Computer des Kunden löschen, mit allem darin?</translation>
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
        <translation>Warten auf den Kunden…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Done — in %1</source>
        <translation>Fertig — in %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Transfer failed: %1 Right-click it to retry; it goes on where it stopped.</source>
        <translation>Übertragung fehlgeschlagen: %1 Rechtsklick zum Wiederholen; sie setzt dort fort, wo sie stand.</translation>
    </message>
    <message>
        <source>The customer&apos;s files cannot be shown: %1</source>
        <translation>Die Dateien des Kunden können nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1: fertig.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Offer the selected files for the customer to download when they choose (basic file transfer).</source>
        <translation>Die ausgewählten Dateien anbieten, damit der Kunde sie herunterladen kann, wann er möchte (einfache Dateiübertragung).</translation>
    </message>
    <message>
        <source>Publish for the customer to download</source>
        <translation>Zum Herunterladen für den Kunden veröffentlichen</translation>
    </message>
    <message>
        <source>Stop publishing</source>
        <translation>Veröffentlichung beenden</translation>
    </message>
    <message>
        <source>The customer no longer sees the selected files (downloads under way go on).</source>
        <translation>Der Kunde sieht die ausgewählten Dateien nicht mehr (laufende Downloads gehen weiter).</translation>
    </message>
    <message>
        <source>Published — the customer can download these:</source>
        <translation>Veröffentlicht — der Kunde kann diese herunterladen:</translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation>Nicht veröffentlicht: %1</translation>
    </message>
    <message>
        <source>⇣ %1 (the customer downloads it)</source>
        <translation>⇣ %1 (der Kunde lädt es herunter)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already exist on the customer&apos;s computer:</source>
        <translation>
            <numerusform>%n Datei ist auf dem Computer des Kunden schon vorhanden:</numerusform>
            <numerusform>%n Dateien sind auf dem Computer des Kunden schon vorhanden:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already exist in %1:</source>
        <translation>
            <numerusform>%n Datei ist in %1 schon vorhanden:</numerusform>
            <numerusform>%n Dateien sind in %1 schon vorhanden:</numerusform>
        </translation>
    </message>
    <message>
        <source>Files already there</source>
        <translation>Dateien schon vorhanden</translation>
    </message>
    <message>
        <source>Replace them with the new ones, keep both (the new ones get a number), or skip them?</source>
        <translation>Durch die neuen ersetzen, beide behalten (die neuen erhalten eine Nummer) oder überspringen?</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Überschreiben</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Beide behalten</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message numerus="yes">
        <source>Done — %n skipped</source>
        <translation>
            <numerusform>Fertig — %n übersprungen</numerusform>
            <numerusform>Fertig — %n übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The customer sees the published files and can download them.</source>
        <translation>Der Kunde sieht die veröffentlichten Dateien und kann sie herunterladen.</translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) taken — waiting for your choice</source>
        <translation>
            <numerusform>%n Name vergeben — wartet auf Ihre Wahl</numerusform>
            <numerusform>%n Namen vergeben — wartet auf Ihre Wahl</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeline::console::MainWindow</name>
    <message>
        <source>Lifeline Console</source>
        <translation>Lifeline-Konsole</translation>
    </message>
    <message>
        <source>New session…</source>
        <translation>Neue Sitzung…</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>Verbindung verloren</translation>
    </message>
    <message>
        <source>The console lost its connection to the relay: %1 Sessions in tabs keep their own connections; sign in again to see the queue.</source>
        <translation>Die Konsole hat die Verbindung zum Relay verloren: %1 Sitzungen in Tabs behalten ihre eigenen Verbindungen; melden Sie sich erneut an, um die Warteschlange zu sehen.</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>Gespeichert um %1.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sitzung</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>&amp;Neue Sitzung…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>The console uses the new language from its next start.</source>
        <translation>Die Konsole verwendet die neue Sprache ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Not connected to the relay.</source>
        <translation>Nicht mit dem Relay verbunden.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2) — %3 — relay %4:%5</source>
        <translation>Angemeldet als %1 (%2) — %3 — Relay %4:%5</translation>
    </message>
    <message>
        <source>Too many sessions</source>
        <translation>Zu viele Sitzungen</translation>
    </message>
    <message numerus="yes">
        <source>You already have %n session(s) open, the most allowed. End one to start another.</source>
        <translation>
            <numerusform>Sie haben bereits %n Sitzung offen, das erlaubte Maximum. Beenden Sie sie, um eine weitere zu starten.</numerusform>
            <numerusform>Sie haben bereits %n Sitzungen offen, das erlaubte Maximum. Beenden Sie eine, um eine weitere zu starten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) still open. Quit and end them?</source>
        <translation>
            <numerusform>Noch %n Sitzung offen. Beenden und die Sitzung schließen?</numerusform>
            <numerusform>Noch %n Sitzungen offen. Beenden und die Sitzungen schließen?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;End session and close tab</source>
        <translation>Sitzung &amp;beenden und Tab schließen</translation>
    </message>
    <message>
        <source>Admin Center</source>
        <translation>Admin-Center</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Ihr Passwort wurde geändert.</translation>
    </message>
    <message>
        <source>Password not changed</source>
        <translation>Passwort nicht geändert</translation>
    </message>
    <message>
        <source>Your password was not changed: %1</source>
        <translation>Ihr Passwort wurde nicht geändert: %1</translation>
    </message>
    <message>
        <source>Set up &amp;two-step sign-in…</source>
        <translation>&amp;Zweistufige Anmeldung einrichten…</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>&amp;Passwort ändern…</translation>
    </message>
    <message numerus="yes">
        <source>Your password expires in %n day(s): Settings → Change password.</source>
        <translation>
            <numerusform>Ihr Passwort läuft in %n Tag ab: Einstellungen → Passwort ändern.</numerusform>
            <numerusform>Ihr Passwort läuft in %n Tagen ab: Einstellungen → Passwort ändern.</numerusform>
        </translation>
    </message>
    <message>
        <source>Two-step sign-in is on: from now on, signing in asks for the app&apos;s code.</source>
        <translation>Die zweistufige Anmeldung ist aktiv: Ab jetzt fragt die Anmeldung nach dem Code der App.</translation>
    </message>
</context>
<context>
    <name>lifeline::console::NewPersonDialog</name>
    <message>
        <source>New person</source>
        <translation>Neue Person</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Vor- und Nachname</translation>
    </message>
    <message>
        <source>What customers see (the first name if empty)</source>
        <translation>Was Kunden sehen (leer: der Vorname)</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>May sign in now</source>
        <translation>Darf sich jetzt anmelden</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Nickname:</source>
        <translation>Spitzname:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <source>Technician group:</source>
        <translation>Technikergruppe:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Wiederholen:</translation>
    </message>
    <message>
        <source>Type a name.</source>
        <translation>Geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>Type an e-mail address.</source>
        <translation>Geben Sie eine E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>Technicians belong to a group: make one first.</source>
        <translation>Techniker gehören zu einer Gruppe: Legen Sie zuerst eine an.</translation>
    </message>
</context>
<context>
    <name>lifeline::console::NewSessionDialog</name>
    <message>
        <source>New session</source>
        <translation>Neue Sitzung</translation>
    </message>
    <message>
        <source>Customer&apos;s name</source>
        <translation>Name des Kunden</translation>
    </message>
    <message>
        <source>Ticket number or note (optional)</source>
        <translation>Ticketnummer oder Notiz (optional)</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Referenz:</translation>
    </message>
    <message>
        <source>Create session</source>
        <translation>Sitzung erstellen</translation>
    </message>
    <message>
        <source>Give the customer this PIN:</source>
        <translation>Geben Sie dem Kunden diese PIN:</translation>
    </message>
    <message>
        <source>&amp;Copy PIN</source>
        <translation>PIN &amp;kopieren</translation>
    </message>
    <message>
        <source>Read this to the customer:</source>
        <translation>Lesen Sie dem Kunden dies vor:</translation>
    </message>
    <message>
        <source>Valid once, until %1.</source>
        <translation>Einmal gültig, bis %1.</translation>
    </message>
    <message>
        <source>“Please start the Lifeline support program I sent you. When it asks for a PIN, type %1. You will see my name, %2, and the program will ask you before I can see or do anything. The PIN works until %3.”</source>
        <translation>„Bitte starten Sie das Lifeline-Supportprogramm, das ich Ihnen geschickt habe. Wenn es nach einer PIN fragt, geben Sie %1 ein. Sie sehen meinen Namen, %2, und das Programm fragt Sie, bevor ich etwas sehen oder tun kann. Die PIN gilt bis %3.“</translation>
    </message>
</context>
<context>
    <name>lifeline::console::PasswordDialog</name>
    <message>
        <source>Set password</source>
        <translation>Passwort festlegen</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Aktuelles Passwort:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Neues Passwort:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Wiederholen:</translation>
    </message>
    <message>
        <source>A new password for %1. Tell it to them in person or by phone; they can change it later.</source>
        <translation>Ein neues Passwort für %1. Teilen Sie es persönlich oder telefonisch mit; es lässt sich später ändern.</translation>
    </message>
    <message>
        <source>A new password for your account (%1).</source>
        <translation>Ein neues Passwort für Ihr Konto (%1).</translation>
    </message>
    <message>
        <source>Your password has expired. Choose a new one to go on working (%1).</source>
        <translation>Ihr Passwort ist abgelaufen. Wählen Sie ein neues, um weiterzuarbeiten (%1).</translation>
    </message>
    <message>
        <source>Type your current password too.</source>
        <translation>Geben Sie auch Ihr aktuelles Passwort ein.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Das neue Passwort muss sich vom aktuellen unterscheiden.</translation>
    </message>
</context>
<context>
    <name>lifeline::console::ReportsPage</name>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Missed sessions</source>
        <translation>Verpasste Sitzungen</translation>
    </message>
    <message>
        <source>Sign-ins</source>
        <translation>Anmeldungen</translation>
    </message>
    <message>
        <source>Chat logs</source>
        <translation>Chatprotokolle</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>bis:</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Gruppe:</translation>
    </message>
    <message>
        <source>Technician:</source>
        <translation>Techniker:</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>Gesamte Organisation</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>The first day is after the last one.</source>
        <translation>Der erste Tag liegt nach dem letzten.</translation>
    </message>
    <message>
        <source>A report covers at most 366 days.</source>
        <translation>Ein Bericht umfasst höchstens 366 Tage.</translation>
    </message>
    <message>
        <source>Asking the relay…</source>
        <translation>Relay wird gefragt…</translation>
    </message>
    <message>
        <source>No report: %1</source>
        <translation>Kein Bericht: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), %1 missed. Waiting: average %2, longest %3. Handling: average %4, longest %5.</source>
        <translation>
            <numerusform>%n Sitzung, %1 verpasst. Warten: Mittel %2, längstens %3. Bearbeitung: Mittel %4, längstens %5.</numerusform>
            <numerusform>%n Sitzungen, %1 verpasst. Warten: Mittel %2, längstens %3. Bearbeitung: Mittel %4, längstens %5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies).</source>
        <translation>
            <numerusform>%n Eintrag.</numerusform>
            <numerusform>%n Einträge.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the first %1 rows are shown: choose fewer days.</source>
        <translation>Nur die ersten %1 Zeilen werden gezeigt: Wählen Sie weniger Tage.</translation>
    </message>
    <message>
        <source>Sessions per day</source>
        <translation>Sitzungen pro Tag</translation>
    </message>
    <message>
        <source>Average waiting and handling (minutes)</source>
        <translation>Mittlere Warte- und Bearbeitungszeit (Minuten)</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Warten</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Bearbeitung</translation>
    </message>
    <message>
        <source>The report could not be saved in %1: %2</source>
        <translation>Der Bericht konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) in %1.</source>
        <translation>
            <numerusform>%n Zeile in %1 gespeichert.</numerusform>
            <numerusform>%n Zeilen in %1 gespeichert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeline::console::SessionController</name>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
</context>
<context>
    <name>lifeline::console::SessionListModel</name>
    <message>
        <source>Waiting for customer</source>
        <translation>Wartet auf Kunden</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbindet</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Customer reconnecting</source>
        <translation>Kunde verbindet sich neu</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>you ended the session</source>
        <translation>Sie haben die Sitzung beendet</translation>
    </message>
    <message>
        <source>the customer ended the session</source>
        <translation>der Kunde hat die Sitzung beendet</translation>
    </message>
    <message>
        <source>your console lost its connection</source>
        <translation>Ihre Konsole hat die Verbindung verloren</translation>
    </message>
    <message>
        <source>the customer&apos;s connection was lost</source>
        <translation>die Verbindung des Kunden ist abgebrochen</translation>
    </message>
    <message>
        <source>your console stopped answering</source>
        <translation>Ihre Konsole hat nicht mehr geantwortet</translation>
    </message>
    <message>
        <source>the customer&apos;s applet stopped answering</source>
        <translation>das Programm des Kunden hat nicht mehr geantwortet</translation>
    </message>
    <message>
        <source>the PIN expired before the customer joined</source>
        <translation>die PIN ist abgelaufen, bevor der Kunde beigetreten ist</translation>
    </message>
    <message>
        <source>the relay shut down</source>
        <translation>das Relay wurde heruntergefahren</translation>
    </message>
    <message>
        <source>a malformed message</source>
        <translation>eine fehlerhafte Nachricht</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Gültig bis %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartezeit</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>the customer did not accept the terms in time</source>
        <translation>der Kunde hat die Bedingungen nicht rechtzeitig angenommen</translation>
    </message>
    <message>
        <source>the customer did not join in time</source>
        <translation>der Kunde ist nicht rechtzeitig beigetreten</translation>
    </message>
    <message>
        <source>nothing happened in the session for too long</source>
        <translation>in der Sitzung ist zu lange nichts geschehen</translation>
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
        <translation>Notizen zu dieser Sitzung, gespeichert mit ihrem Eintrag auf dem Relay.</translation>
    </message>
    <message>
        <source>&amp;Save notes</source>
        <translation>Notizen &amp;speichern</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Round trip:</source>
        <translation>Umlaufzeit:</translation>
    </message>
    <message>
        <source>Click to picture:</source>
        <translation>Klick bis Bild:</translation>
    </message>
    <message>
        <source>Frame rate:</source>
        <translation>Bildrate:</translation>
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
        <translation>Weg:</translation>
    </message>
    <message>
        <source>Frames:</source>
        <translation>Bilder:</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
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
        <translation>Das Teilen der Zwischenablage ist hier nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>View screen</source>
        <translation>Bildschirm ansehen</translation>
    </message>
    <message>
        <source>Ask the customer to show their screen; again to stop viewing.</source>
        <translation>Den Kunden bitten, seinen Bildschirm zu zeigen; erneut, um das Ansehen zu beenden.</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Steuern</translation>
    </message>
    <message>
        <source>Ask the customer for control of mouse and keyboard; again to give it back.</source>
        <translation>Den Kunden um Steuerung von Maus und Tastatur bitten; erneut, um sie zurückzugeben.</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Scale the customer&apos;s screen to fit; off: 1:1 with scroll bars.</source>
        <translation>Bildschirm des Kunden einpassen; aus: 1:1 mit Bildlaufleisten.</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <source>On %1 (%2×%3)</source>
        <translation>Auf %1 (%2×%3)</translation>
    </message>
    <message>
        <source>Which of the customer&apos;s monitors to show</source>
        <translation>Welcher Monitor des Kunden angezeigt wird</translation>
    </message>
    <message>
        <source>Standard (sharp)</source>
        <translation>Standard (scharf)</translation>
    </message>
    <message>
        <source>Performance (fast)</source>
        <translation>Leistung (schnell)</translation>
    </message>
    <message>
        <source>Full colour</source>
        <translation>Volle Farben</translation>
    </message>
    <message>
        <source>16-bit colour</source>
        <translation>16-Bit-Farben</translation>
    </message>
    <message>
        <source>256 colours</source>
        <translation>256 Farben</translation>
    </message>
    <message>
        <source>Special keys</source>
        <translation>Sondertasten</translation>
    </message>
    <message>
        <source>Ctrl+Alt+Del</source>
        <translation>Strg+Alt+Entf</translation>
    </message>
    <message>
        <source>Alt+Tab</source>
        <translation>Alt+Tab</translation>
    </message>
    <message>
        <source>Windows / Super key</source>
        <translation>Windows-/Super-Taste</translation>
    </message>
    <message>
        <source>Print Screen</source>
        <translation>Druck</translation>
    </message>
    <message>
        <source>Ctrl+Esc</source>
        <translation>Strg+Esc</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>Zwischenablage</translation>
    </message>
    <message>
        <source>Share the clipboard with the customer (they are asked first).</source>
        <translation>Die Zwischenablage mit dem Kunden teilen (er wird zuerst gefragt).</translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation>Bildschirmfoto</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Sitzung beenden</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>den Kunden</translation>
    </message>
    <message>
        <source>Session ended: %1.</source>
        <translation>Sitzung beendet: %1.</translation>
    </message>
    <message>
        <source>Waiting for %1 to join with PIN %2.</source>
        <translation>Warten, bis %1 mit der PIN %2 beitritt.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>%1&apos;s connection dropped; waiting for the applet to come back.</source>
        <translation>Die Verbindung von %1 ist abgebrochen; warten, bis das Programm zurückkommt.</translation>
    </message>
    <message>
        <source>Control paused: %1 is using the mouse or keyboard.</source>
        <translation>Steuerung pausiert: %1 benutzt Maus oder Tastatur.</translation>
    </message>
    <message>
        <source>In control of %1&apos;s computer.</source>
        <translation>Sie steuern den Computer von %1.</translation>
    </message>
    <message>
        <source>Viewing %1&apos;s screen (view only).</source>
        <translation>Sie sehen den Bildschirm von %1 (nur ansehen).</translation>
    </message>
    <message>
        <source>Waiting for %1 to answer…</source>
        <translation>Warten auf die Antwort von %1…</translation>
    </message>
    <message>
        <source>Connected with %1. Ask to view the screen or chat.</source>
        <translation>Verbunden mit %1. Bitten Sie um den Bildschirm oder chatten Sie.</translation>
    </message>
    <message>
        <source>All monitors</source>
        <translation>Alle Monitore</translation>
    </message>
    <message>
        <source>Monitor %1 (%2×%3)%4</source>
        <translation>Monitor %1 (%2×%3)%4</translation>
    </message>
    <message>
        <source>, primary</source>
        <translation>, primär</translation>
    </message>
    <message>
        <source>There is no picture of the customer&apos;s screen yet.</source>
        <translation>Es gibt noch kein Bild vom Bildschirm des Kunden.</translation>
    </message>
    <message>
        <source>session-%1-%2.png</source>
        <translation>sitzung-%1-%2.png</translation>
    </message>
    <message>
        <source>Save screenshot</source>
        <translation>Bildschirmfoto speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Could not save %1.</source>
        <translation>%1 konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>%1 — Lifeline</source>
        <translation>%1 — Lifeline</translation>
    </message>
    <message>
        <source>Leave full screen (Ctrl+Alt+Shift+F)</source>
        <translation>Vollbild verlassen (Strg+Alt+Umschalt+F)</translation>
    </message>
    <message>
        <source>End the session with %1? The customer&apos;s applet is told and stops sharing.</source>
        <translation>Die Sitzung mit %1 beenden? Das Programm des Kunden wird informiert und beendet die Freigabe.</translation>
    </message>
    <message>
        <source>The customer&apos;s screen shows here once they allow it.</source>
        <translation>Der Bildschirm des Kunden erscheint hier, sobald er es erlaubt.</translation>
    </message>
    <message>
        <source>Stopped by %1: nothing is shared now. Ask again when they are ready.</source>
        <translation>Von %1 gestoppt: Jetzt wird nichts geteilt. Fragen Sie erneut, wenn der Kunde bereit ist.</translation>
    </message>
    <message>
        <source>Viewing %1&apos;s screen (view only); %1 declined control.</source>
        <translation>Sie sehen den Bildschirm von %1 (nur ansehen); %1 hat die Steuerung abgelehnt.</translation>
    </message>
    <message>
        <source>%1 declined. Ask again, or explain in the chat why you need it.</source>
        <translation>%1 hat abgelehnt. Fragen Sie erneut oder erklären Sie im Chat, wozu Sie es brauchen.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy does not allow this in this session.</source>
        <translation>Die Richtlinie Ihrer Organisation erlaubt dies in dieser Sitzung nicht.</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <source>File Manager</source>
        <translation>Dateimanager</translation>
    </message>
    <message>
        <source>Recoveries:</source>
        <translation>Wiederherstellungen:</translation>
    </message>
    <message>
        <source>The picture stalled and was resynchronised. Please report this with the customer&apos;s log.</source>
        <translation>Das Bild war stehen geblieben und wurde neu synchronisiert. Bitte melden Sie das zusammen mit dem Protokoll des Kunden.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Automatic keeps text sharp and sends moving pictures as video; Standard sends everything sharp; Performance sends everything that moves as video.</source>
        <translation>Automatisch hält Text scharf und sendet bewegte Bilder als Video; Standard sendet alles scharf; Leistung sendet alles, was sich bewegt, als Video.</translation>
    </message>
</context>
<context>
    <name>lifeline::console::SignInDialog</name>
    <message>
        <source>Sign in — Lifeline Console</source>
        <translation>Anmelden — Lifeline-Konsole</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>Host:Port</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@beispiel.de</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Relay CA certificate</source>
        <translation>CA-Zertifikat des Relays</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Relay:</source>
        <translation>&amp;Relay:</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>&amp;CA-Zertifikat:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign in to your Lifeline relay</source>
        <translation>Bei Ihrem Lifeline-Relay anmelden</translation>
    </message>
    <message>
        <source>Type the relay&apos;s address as host:port, for example relay.example.com:7443.</source>
        <translation>Geben Sie die Relay-Adresse als Host:Port ein, zum Beispiel relay.example.com:7443.</translation>
    </message>
    <message>
        <source>Type your e-mail address and password.</source>
        <translation>Geben Sie E-Mail-Adresse und Passwort ein.</translation>
    </message>
    <message>
        <source>The CA certificate cannot be read: %1</source>
        <translation>Das CA-Zertifikat kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>six digits from the app, or a recovery code</source>
        <translation>sechs Ziffern aus der App oder ein Wiederherstellungscode</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>C&amp;ode:</translation>
    </message>
    <message>
        <source>Your account uses two-step sign-in. Type the code your authenticator app shows now.</source>
        <translation>Ihr Konto nutzt die zweistufige Anmeldung. Geben Sie den Code ein, den Ihre Authenticator-App jetzt zeigt.</translation>
    </message>
    <message>
        <source>Wrong e-mail address, password or code.</source>
        <translation>Falsche E-Mail-Adresse, falsches Passwort oder falscher Code.</translation>
    </message>
    <message>
        <source>Type the code your authenticator app shows now.</source>
        <translation>Geben Sie den Code ein, den Ihre Authenticator-App jetzt zeigt.</translation>
    </message>
</context>
<context>
    <name>lifeline::console::TwoFactorDialog</name>
    <message>
        <source>Two-step sign-in — Lifeline Console</source>
        <translation>Zweistufige Anmeldung — Lifeline Console</translation>
    </message>
    <message>
        <source>Your technician group requires two-step sign-in. Until you set it up, you cannot start sessions.</source>
        <translation>Ihre Technikergruppe verlangt die zweistufige Anmeldung. Bis Sie sie einrichten, können Sie keine Sitzungen starten.</translation>
    </message>
    <message>
        <source>Signing in will need your password and a six-digit code from an authenticator app on your phone (any app for time-based codes, for example FreeOTP or Google Authenticator).</source>
        <translation>Die Anmeldung braucht dann Ihr Passwort und einen sechsstelligen Code aus einer Authenticator-App auf Ihrem Telefon (jede App für zeitbasierte Codes, zum Beispiel FreeOTP oder Google Authenticator).</translation>
    </message>
    <message>
        <source>Asking the relay for a new key…</source>
        <translation>Relay wird nach einem neuen Schlüssel gefragt…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Save recovery codes</source>
        <translation>Wiederherstellungscodes speichern</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <source>The recovery codes could not be saved in %1: %2</source>
        <translation>Die Wiederherstellungscodes konnten nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>123456</source>
        <translation>123456</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation>Einschalten</translation>
    </message>
    <message>
        <source>1. Scan this code with the app:</source>
        <translation>1. Scannen Sie diesen Code mit der App:</translation>
    </message>
    <message>
        <source>…or type this key into it:</source>
        <translation>…oder geben Sie diesen Schlüssel ein:</translation>
    </message>
    <message>
        <source>2. Keep these recovery codes somewhere safe. Each one signs you in once if you lose your phone; they are not shown again.</source>
        <translation>2. Bewahren Sie diese Wiederherstellungscodes sicher auf. Jeder meldet Sie einmal an, wenn Sie Ihr Telefon verlieren; sie werden nicht wieder gezeigt.</translation>
    </message>
    <message>
        <source>3. Code the app shows now:</source>
        <translation>3. Code, den die App jetzt zeigt:</translation>
    </message>
    <message>
        <source>Two-step sign-in cannot be set up now: %1</source>
        <translation>Die zweistufige Anmeldung lässt sich jetzt nicht einrichten: %1</translation>
    </message>
    <message>
        <source>That code is not right. Check that the phone&apos;s clock is right and type the code the app shows now.</source>
        <translation>Dieser Code stimmt nicht. Prüfen Sie, ob die Uhr des Telefons stimmt, und geben Sie den Code ein, den die App jetzt zeigt.</translation>
    </message>
    <message>
        <source>(no QR code: type the key below)</source>
        <translation>(kein QR-Code: Geben Sie den Schlüssel unten ein)</translation>
    </message>
    <message>
        <source>Type the code the app shows now.</source>
        <translation>Geben Sie den Code ein, den die App jetzt zeigt.</translation>
    </message>
</context>
<context>
    <name>lifeline::session::TechnicianSession</name>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Connection to the relay lost: %1</source>
        <translation>Verbindung zum Relay verloren: %1</translation>
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
