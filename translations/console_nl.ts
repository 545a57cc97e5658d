<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>QObject</name>
    <message>
        <source>At least 8 characters (your organisation may ask for more).</source>
        <translation>Minstens 8 tekens (uw organisatie kan er meer vragen).</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>De twee wachtwoorden verschillen.</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technicus</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Beheerder</translation>
    </message>
    <message>
        <source>Master administrator</source>
        <translation>Hoofdbeheerder</translation>
    </message>
    <message>
        <source>Unknown role</source>
        <translation>Onbekende rol</translation>
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
        <translation>%1 u %2 min</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>Wrong e-mail address or password.</source>
        <translation>Onjuist e-mailadres of wachtwoord.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins: this account is locked for %n more minute(s).</source>
        <translation>
            <numerusform>Te veel mislukte aanmeldingen: dit account is nog %n minuut geblokkeerd.</numerusform>
            <numerusform>Te veel mislukte aanmeldingen: dit account is nog %n minuten geblokkeerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>This account is disabled. Ask your administrator.</source>
        <translation>Dit account is uitgeschakeld. Vraag het uw beheerder.</translation>
    </message>
    <message>
        <source>The relay&apos;s certificate is not trusted (%1). Check the CA certificate file and the relay address.</source>
        <translation>Het certificaat van de relay wordt niet vertrouwd (%1). Controleer het CA-certificaatbestand en het adres van de relay.</translation>
    </message>
    <message>
        <source>The relay cannot be reached (%1).</source>
        <translation>De relay is niet bereikbaar (%1).</translation>
    </message>
    <message>
        <source>The connection to the relay was lost (%1).</source>
        <translation>De verbinding met de relay is verbroken (%1).</translation>
    </message>
    <message>
        <source>Limit reached: %1</source>
        <translation>Limiet bereikt: %1</translation>
    </message>
    <message>
        <source>This console is too old or too new for the relay (%1).</source>
        <translation>Deze console is te oud of te nieuw voor de relay (%1).</translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation>Niet toegestaan: %1</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Er ging iets mis.</translation>
    </message>
    <message>
        <source>View screen</source>
        <translation>Scherm bekijken</translation>
    </message>
    <message>
        <source>Remote control</source>
        <translation>Overname</translation>
    </message>
    <message>
        <source>Send files</source>
        <translation>Bestanden sturen</translation>
    </message>
    <message>
        <source>Receive files</source>
        <translation>Bestanden ontvangen</translation>
    </message>
    <message>
        <source>Manage files</source>
        <translation>Bestanden beheren</translation>
    </message>
    <message>
        <source>System information</source>
        <translation>Systeeminformatie</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Herstarten</translation>
    </message>
    <message>
        <source>Clipboard sharing</source>
        <translation>Klembord delen</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Opname</translation>
    </message>
    <message>
        <source>The disk is full (%1). Nothing half-written was kept.</source>
        <translation>De schijf is vol (%1). Er is niets half geschrevens bewaard.</translation>
    </message>
    <message>
        <source>The file changed while it was being sent (%1). Send it again.</source>
        <translation>Het bestand veranderde tijdens het verzenden (%1). Verstuur het opnieuw.</translation>
    </message>
    <message>
        <source>The data arrived damaged and was not kept (%1).</source>
        <translation>De gegevens kwamen beschadigd aan en zijn niet bewaard (%1).</translation>
    </message>
    <message>
        <source>It already exists (%1).</source>
        <translation>Bestaat al (%1).</translation>
    </message>
    <message>
        <source>Not found (%1).</source>
        <translation>Niet gevonden (%1).</translation>
    </message>
    <message>
        <source>This account uses two-step sign-in: enter the code from your authenticator app.</source>
        <translation>Dit account gebruikt aanmelden in twee stappen: voer de code uit uw authenticator-app in.</translation>
    </message>
</context>
<context>
    <name>lifeline::console::AdminCenter</name>
    <message>
        <source>Chat (on at the start)</source>
        <translation>Chat (aan bij de start)</translation>
    </message>
    <message>
        <source>Technician may switch chat on and off</source>
        <translation>Technicus mag de chat aan- en uitzetten</translation>
    </message>
    <message>
        <source>Start remote control</source>
        <translation>Bediening op afstand starten</translation>
    </message>
    <message>
        <source>Start desktop viewing</source>
        <translation>Bureaublad bekijken starten</translation>
    </message>
    <message>
        <source>Send files</source>
        <translation>Bestanden verzenden</translation>
    </message>
    <message>
        <source>Receive files</source>
        <translation>Bestanden ontvangen</translation>
    </message>
    <message>
        <source>File manager</source>
        <translation>Bestandsbeheer</translation>
    </message>
    <message>
        <source>Manage the customer&apos;s files</source>
        <translation>Bestanden van de klant beheren</translation>
    </message>
    <message>
        <source>Send web addresses</source>
        <translation>Webadressen verzenden</translation>
    </message>
    <message>
        <source>View system information</source>
        <translation>Systeeminformatie bekijken</translation>
    </message>
    <message>
        <source>Restart the customer&apos;s computer</source>
        <translation>De computer van de klant herstarten</translation>
    </message>
    <message>
        <source>Record sessions</source>
        <translation>Sessies opnemen</translation>
    </message>
    <message>
        <source>Record only with the customer&apos;s consent</source>
        <translation>Alleen opnemen met toestemming van de klant</translation>
    </message>
    <message>
        <source>Start private (PIN) sessions</source>
        <translation>Privésessies (pincode) starten</translation>
    </message>
    <message>
        <source>One question for all permissions</source>
        <translation>Eén vraag voor alle toestemmingen</translation>
    </message>
    <message>
        <source>Transfer sessions to anyone</source>
        <translation>Sessies aan iedereen overdragen</translation>
    </message>
    <message>
        <source>Transfer sessions to chosen groups</source>
        <translation>Sessies aan gekozen groepen overdragen</translation>
    </message>
    <message>
        <source>Put sessions on hold</source>
        <translation>Sessies in de wacht zetten</translation>
    </message>
    <message>
        <source>Clipboard synchronisation</source>
        <translation>Klembord synchroniseren</translation>
    </message>
    <message>
        <source>Share own screen with customers</source>
        <translation>Eigen scherm met klanten delen</translation>
    </message>
    <message>
        <source>Invite another technician</source>
        <translation>Een andere technicus uitnodigen</translation>
    </message>
    <message>
        <source>Run scripts</source>
        <translation>Scripts uitvoeren</translation>
    </message>
    <message>
        <source>Unattended access</source>
        <translation>Onbeheerde toegang</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>New group…</source>
        <translation>Nieuwe groep…</translation>
    </message>
    <message>
        <source>Use the permissions of the group above</source>
        <translation>De toestemmingen van de groep erboven gebruiken</translation>
    </message>
    <message>
        <source>Lock these permissions (other administrators cannot change them, here or below)</source>
        <translation>Deze toestemmingen vergrendelen (andere beheerders kunnen ze hier en eronder niet wijzigen)</translation>
    </message>
    <message>
        <source>Technicians sign in with an authenticator code (two-step sign-in)</source>
        <translation>Technici melden zich aan met een code uit een authenticator-app (aanmelden in twee stappen)</translation>
    </message>
    <message>
        <source>What technicians in this group may do</source>
        <translation>Wat technici in deze groep mogen doen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschrijving:</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>no warning</source>
        <translation>geen waarschuwing</translation>
    </message>
    <message>
        <source>Empty: sign-in from anywhere. Otherwise, for example:
default deny
allow 192.0.2.0/24
allow 2001:db8::/32</source>
        <translation>Leeg: aanmelden vanaf overal. Anders bijvoorbeeld:
default deny
allow 192.0.2.0/24
allow 2001:db8::/32</translation>
    </message>
    <message>
        <source>Minimum password length:</source>
        <translation>Minimale wachtwoordlengte:</translation>
    </message>
    <message>
        <source>Character classes (of lower, upper, digit, symbol):</source>
        <translation>Tekensoorten (van kleine letter, hoofdletter, cijfer, symbool):</translation>
    </message>
    <message>
        <source>Password expires after (days):</source>
        <translation>Wachtwoord verloopt na (dagen):</translation>
    </message>
    <message>
        <source>Warn before it expires (days):</source>
        <translation>Waarschuwen voordat het verloopt (dagen):</translation>
    </message>
    <message>
        <source>Password policy</source>
        <translation>Wachtwoordbeleid</translation>
    </message>
    <message>
        <source>IP restrictions for signing in (the most specific network decides):</source>
        <translation>IP-beperkingen voor aanmelden (het meest specifieke netwerk beslist):</translation>
    </message>
    <message>
        <source>Group and permissions</source>
        <translation>Groep en toestemmingen</translation>
    </message>
    <message>
        <source>Sign-in rules</source>
        <translation>Aanmeldregels</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Niet gedaan: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <source>%1 (locked)</source>
        <translation>%1 (vergrendeld)</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source> (disabled)</source>
        <translation> (uitgeschakeld)</translation>
    </message>
    <message>
        <source>Administrators</source>
        <translation>Beheerders</translation>
    </message>
    <message>
        <source>A master administrator has locked these permissions.</source>
        <translation>Een hoofdbeheerder heeft deze toestemmingen vergrendeld.</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Nieuwe groep</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Keep customers&apos; IP addresses in the session records</source>
        <translation>IP-adressen van klanten in de sessiegegevens bewaren</translation>
    </message>
    <message>
        <source>A PIN is valid for:</source>
        <translation>Een pincode is geldig gedurende:</translation>
    </message>
    <message>
        <source>Drag groups and technicians onto a group to move them.</source>
        <translation>Sleep groepen en technici naar een groep om ze te verplaatsen.</translation>
    </message>
    <message>
        <source>New person…</source>
        <translation>Nieuwe persoon…</translation>
    </message>
    <message>
        <source>Empty: the organisation&apos;s rules only. Otherwise, for example:
default deny
allow 192.0.2.0/24</source>
        <translation>Leeg: alleen de regels van de organisatie. Anders bijvoorbeeld:
default deny
allow 192.0.2.0/24</translation>
    </message>
    <message>
        <source>Delete group…</source>
        <translation>Groep verwijderen…</translation>
    </message>
    <message>
        <source>Where its technicians (and those below) may sign in from, besides the organisation&apos;s rules:</source>
        <translation>Waarvandaan de technici (en die eronder) mogen aanmelden, naast de regels van de organisatie:</translation>
    </message>
    <message>
        <source>Enabled (may sign in)</source>
        <translation>Actief (mag aanmelden)</translation>
    </message>
    <message>
        <source>Manages:</source>
        <translation>Beheert:</translation>
    </message>
    <message>
        <source>Reset two-step sign-in…</source>
        <translation>Aanmelden in twee stappen herstellen…</translation>
    </message>
    <message>
        <source>Set password…</source>
        <translation>Wachtwoord instellen…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <source>Nickname (customers see it):</source>
        <translation>Bijnaam (klanten zien die):</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <source>Technician group:</source>
        <translation>Techniciigroep:</translation>
    </message>
    <message>
        <source>Two-step sign-in:</source>
        <translation>Aanmelden in twee stappen:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Wachtwoord:</translation>
    </message>
    <message>
        <source>Choose a group or a person in the organisation.</source>
        <translation>Kies een groep of een persoon in de organisatie.</translation>
    </message>
    <message>
        <source>From the customer joining until they accept the terms.</source>
        <translation>Vanaf het deelnemen van de klant tot die de voorwaarden aanvaardt.</translation>
    </message>
    <message>
        <source>From the PIN until the customer joins, even if the PIN would still be valid.</source>
        <translation>Van de pincode tot de klant deelneemt, ook als de pincode nog geldig zou zijn.</translation>
    </message>
    <message>
        <source>An active session in which neither side sent anything: no chat, no screen, no input, no files.</source>
        <translation>Een actieve sessie waarin geen van beide kanten iets stuurde: geen chat, geen scherm, geen invoer, geen bestanden.</translation>
    </message>
    <message>
        <source>Empty: customers are not asked to accept terms. Plain text, shown before anything else.</source>
        <translation>Leeg: klanten hoeven geen voorwaarden te aanvaarden. Platte tekst, getoond vóór al het andere.</translation>
    </message>
    <message>
        <source>Waiting sessions time out after:</source>
        <translation>Wachtende sessies verlopen na:</translation>
    </message>
    <message>
        <source>Connecting sessions time out after:</source>
        <translation>Verbindende sessies verlopen na:</translation>
    </message>
    <message>
        <source>Idle sessions time out after:</source>
        <translation>Inactieve sessies verlopen na:</translation>
    </message>
    <message>
        <source>Sessions at once per technician:</source>
        <translation>Sessies tegelijk per technicus:</translation>
    </message>
    <message>
        <source>Terms and conditions every customer accepts first:</source>
        <translation>Voorwaarden die elke klant eerst aanvaardt:</translation>
    </message>
    <message>
        <source>Session rules</source>
        <translation>Sessieregels</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporten</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Verwijderd.</translation>
    </message>
    <message>
        <source>Created.</source>
        <translation>Aangemaakt.</translation>
    </message>
    <message>
        <source>Moved.</source>
        <translation>Verplaatst.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Set up.</source>
        <translation>Ingesteld.</translation>
    </message>
    <message>
        <source>Not set up.</source>
        <translation>Niet ingesteld.</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>%1 verwijderen?</translation>
    </message>
    <message>
        <source>%1 can no longer sign in, and this cannot be undone. Someone who has held sessions is kept for the records: disable them instead.</source>
        <translation>%1 kan zich niet meer aanmelden, en dit kan niet ongedaan worden. Wie sessies heeft gehouden, blijft bewaard voor de registratie: schakel die persoon dan uit.</translation>
    </message>
    <message>
        <source>Delete the group %1?</source>
        <translation>De groep %1 verwijderen?</translation>
    </message>
    <message>
        <source>Only an empty group can be deleted: move its groups and technicians first.</source>
        <translation>Alleen een lege groep kan worden verwijderd: verplaats eerst de groepen en technici erin.</translation>
    </message>
    <message>
        <source>Reset two-step sign-in for %1?</source>
        <translation>Aanmelden in twee stappen voor %1 herstellen?</translation>
    </message>
    <message>
        <source>Their authenticator app and recovery codes stop working. They sign in with the password alone and set it up again (at once, when their group requires it).</source>
        <translation>Hun authenticator-app en herstelcodes werken niet meer. Ze melden zich aan met alleen het wachtwoord en stellen het opnieuw in (meteen, als hun groep dat vereist).</translation>
    </message>
</context>
<context>
    <name>lifeline::console::FileManager</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>Ask for file access</source>
        <translation>Toegang tot bestanden vragen</translation>
    </message>
    <message>
        <source>Ask the customer to allow sending, receiving and managing files.</source>
        <translation>Vraag de klant om bestanden sturen, ontvangen en beheren toe te staan.</translation>
    </message>
    <message>
        <source>Send →</source>
        <translation>Versturen →</translation>
    </message>
    <message>
        <source>Send the selected files and folders to the customer&apos;s download folder.</source>
        <translation>Stuur de gekozen bestanden en mappen naar de downloadmap van de klant.</translation>
    </message>
    <message>
        <source>← Fetch</source>
        <translation>← Ophalen</translation>
    </message>
    <message>
        <source>Fetch the selected files and folders into %1.</source>
        <translation>Haal de gekozen bestanden en mappen op naar %1.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Deze computer</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Klant:</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Overdracht</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Snelheid</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Resterende tijd</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Toestand</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(shared folder)</source>
        <translation>(gedeelde map)</translation>
    </message>
    <message>
        <source>New folder %1</source>
        <translation>Nieuwe map %1</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>%1 hernoemen</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 verwijderen</translation>
    </message>
    <message>
        <source>New folder…</source>
        <translation>Nieuwe map…</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Nieuwe map</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>Fetch</source>
        <translation>Ophalen</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Hernoemen…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Hernoemen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nieuwe naam:</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Delete %1 on the customer&apos;s computer, with everything in it?</source>
        <translation>%1 op de computer van de klant verwijderen, met alles erin?</translation>
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
        <translation>Wachten op de klant…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Done — in %1</source>
        <translation>Klaar — in %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Mislukt: %1</translation>
    </message>
    <message>
        <source>Transfer failed: %1 Right-click it to retry; it goes on where it stopped.</source>
        <translation>Overdracht mislukt: %1 Klik er met rechts op om het opnieuw te proberen; hij gaat verder waar hij stopte.</translation>
    </message>
    <message>
        <source>The customer&apos;s files cannot be shown: %1</source>
        <translation>De bestanden van de klant kunnen niet worden getoond: %1</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1: klaar.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publiceren</translation>
    </message>
    <message>
        <source>Offer the selected files for the customer to download when they choose (basic file transfer).</source>
        <translation>Bied de geselecteerde bestanden aan zodat de klant ze kan downloaden wanneer die wil (eenvoudige bestandsoverdracht).</translation>
    </message>
    <message>
        <source>Publish for the customer to download</source>
        <translation>Publiceren zodat de klant kan downloaden</translation>
    </message>
    <message>
        <source>Stop publishing</source>
        <translation>Publiceren stoppen</translation>
    </message>
    <message>
        <source>The customer no longer sees the selected files (downloads under way go on).</source>
        <translation>De klant ziet de geselecteerde bestanden niet meer (lopende downloads gaan door).</translation>
    </message>
    <message>
        <source>Published — the customer can download these:</source>
        <translation>Gepubliceerd — de klant kan deze downloaden:</translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation>Niet gepubliceerd: %1</translation>
    </message>
    <message>
        <source>⇣ %1 (the customer downloads it)</source>
        <translation>⇣ %1 (de klant downloadt het)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… en nog %n</numerusform>
            <numerusform>… en nog %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already exist on the customer&apos;s computer:</source>
        <translation>
            <numerusform>%n bestand bestaat al op de computer van de klant:</numerusform>
            <numerusform>%n bestanden bestaan al op de computer van de klant:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already exist in %1:</source>
        <translation>
            <numerusform>%n bestand bestaat al in %1:</numerusform>
            <numerusform>%n bestanden bestaan al in %1:</numerusform>
        </translation>
    </message>
    <message>
        <source>Files already there</source>
        <translation>Bestanden bestaan al</translation>
    </message>
    <message>
        <source>Replace them with the new ones, keep both (the new ones get a number), or skip them?</source>
        <translation>Vervangen door de nieuwe, beide bewaren (de nieuwe krijgen een nummer) of overslaan?</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Overschrijven</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Beide bewaren</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Overslaan</translation>
    </message>
    <message numerus="yes">
        <source>Done — %n skipped</source>
        <translation>
            <numerusform>Klaar — %n overgeslagen</numerusform>
            <numerusform>Klaar — %n overgeslagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The customer sees the published files and can download them.</source>
        <translation>De klant ziet de gepubliceerde bestanden en kan ze downloaden.</translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) taken — waiting for your choice</source>
        <translation>
            <numerusform>%n naam bezet — wacht op uw keuze</numerusform>
            <numerusform>%n namen bezet — wacht op uw keuze</numerusform>
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
        <translation>Nieuwe sessie…</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessies</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>Verbinding verbroken</translation>
    </message>
    <message>
        <source>The console lost its connection to the relay: %1 Sessions in tabs keep their own connections; sign in again to see the queue.</source>
        <translation>De console heeft de verbinding met de relay verloren: %1 Sessies in tabbladen houden hun eigen verbinding; meld u opnieuw aan om de wachtrij te zien.</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>Opgeslagen om %1.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Niet opgeslagen: %1</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sessie</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>&amp;Nieuwe sessie…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>&amp;Instellingen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>The console uses the new language from its next start.</source>
        <translation>De console gebruikt de nieuwe taal vanaf de volgende start.</translation>
    </message>
    <message>
        <source>Not connected to the relay.</source>
        <translation>Niet verbonden met de relay.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2) — %3 — relay %4:%5</source>
        <translation>Aangemeld als %1 (%2) — %3 — relay %4:%5</translation>
    </message>
    <message>
        <source>Too many sessions</source>
        <translation>Te veel sessies</translation>
    </message>
    <message numerus="yes">
        <source>You already have %n session(s) open, the most allowed. End one to start another.</source>
        <translation>
            <numerusform>U hebt al %n sessie open, het maximum. Beëindig die om een andere te starten.</numerusform>
            <numerusform>U hebt al %n sessies open, het maximum. Beëindig er een om een andere te starten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessie</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) still open. Quit and end them?</source>
        <translation>
            <numerusform>Er is nog %n sessie open. Afsluiten en die beëindigen?</numerusform>
            <numerusform>Er zijn nog %n sessies open. Afsluiten en ze beëindigen?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;End session and close tab</source>
        <translation>Sessie &amp;beëindigen en tabblad sluiten</translation>
    </message>
    <message>
        <source>Admin Center</source>
        <translation>Beheercentrum</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Uw wachtwoord is gewijzigd.</translation>
    </message>
    <message>
        <source>Password not changed</source>
        <translation>Wachtwoord niet gewijzigd</translation>
    </message>
    <message>
        <source>Your password was not changed: %1</source>
        <translation>Uw wachtwoord is niet gewijzigd: %1</translation>
    </message>
    <message>
        <source>Set up &amp;two-step sign-in…</source>
        <translation>Aanmelden in &amp;twee stappen instellen…</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>&amp;Wachtwoord wijzigen…</translation>
    </message>
    <message numerus="yes">
        <source>Your password expires in %n day(s): Settings → Change password.</source>
        <translation>
            <numerusform>Uw wachtwoord verloopt over %n dag: Instellingen → Wachtwoord wijzigen.</numerusform>
            <numerusform>Uw wachtwoord verloopt over %n dagen: Instellingen → Wachtwoord wijzigen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Two-step sign-in is on: from now on, signing in asks for the app&apos;s code.</source>
        <translation>Aanmelden in twee stappen staat aan: voortaan vraagt het aanmelden om de code van de app.</translation>
    </message>
</context>
<context>
    <name>lifeline::console::NewPersonDialog</name>
    <message>
        <source>New person</source>
        <translation>Nieuwe persoon</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Voor- en achternaam</translation>
    </message>
    <message>
        <source>What customers see (the first name if empty)</source>
        <translation>Wat klanten zien (de voornaam als leeg)</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>naam@example.com</translation>
    </message>
    <message>
        <source>May sign in now</source>
        <translation>Mag nu aanmelden</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Aanmaken</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>Nickname:</source>
        <translation>Bijnaam:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <source>Technician group:</source>
        <translation>Techniciigroep:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Wachtwoord:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Nogmaals:</translation>
    </message>
    <message>
        <source>Type a name.</source>
        <translation>Typ een naam.</translation>
    </message>
    <message>
        <source>Type an e-mail address.</source>
        <translation>Typ een e-mailadres.</translation>
    </message>
    <message>
        <source>Technicians belong to a group: make one first.</source>
        <translation>Technici horen bij een groep: maak er eerst een.</translation>
    </message>
</context>
<context>
    <name>lifeline::console::NewSessionDialog</name>
    <message>
        <source>New session</source>
        <translation>Nieuwe sessie</translation>
    </message>
    <message>
        <source>Customer&apos;s name</source>
        <translation>Naam van de klant</translation>
    </message>
    <message>
        <source>Ticket number or note (optional)</source>
        <translation>Ticketnummer of notitie (optioneel)</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Klant:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Referentie:</translation>
    </message>
    <message>
        <source>Create session</source>
        <translation>Sessie aanmaken</translation>
    </message>
    <message>
        <source>Give the customer this PIN:</source>
        <translation>Geef de klant deze pincode:</translation>
    </message>
    <message>
        <source>&amp;Copy PIN</source>
        <translation>Pincode &amp;kopiëren</translation>
    </message>
    <message>
        <source>Read this to the customer:</source>
        <translation>Lees dit voor aan de klant:</translation>
    </message>
    <message>
        <source>Valid once, until %1.</source>
        <translation>Eenmalig geldig, tot %1.</translation>
    </message>
    <message>
        <source>“Please start the Lifeline support program I sent you. When it asks for a PIN, type %1. You will see my name, %2, and the program will ask you before I can see or do anything. The PIN works until %3.”</source>
        <translation>“Start alstublieft het Lifeline-ondersteuningsprogramma dat ik u heb gestuurd. Als het om een pincode vraagt, typt u %1. U ziet mijn naam, %2, en het programma vraagt het u voordat ik iets kan zien of doen. De pincode werkt tot %3.”</translation>
    </message>
</context>
<context>
    <name>lifeline::console::PasswordDialog</name>
    <message>
        <source>Set password</source>
        <translation>Wachtwoord instellen</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Wachtwoord wijzigen</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Huidig wachtwoord:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Nieuw wachtwoord:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Nogmaals:</translation>
    </message>
    <message>
        <source>A new password for %1. Tell it to them in person or by phone; they can change it later.</source>
        <translation>Een nieuw wachtwoord voor %1. Vertel het persoonlijk of telefonisch; het kan later worden gewijzigd.</translation>
    </message>
    <message>
        <source>A new password for your account (%1).</source>
        <translation>Een nieuw wachtwoord voor uw account (%1).</translation>
    </message>
    <message>
        <source>Your password has expired. Choose a new one to go on working (%1).</source>
        <translation>Uw wachtwoord is verlopen. Kies een nieuw om verder te werken (%1).</translation>
    </message>
    <message>
        <source>Type your current password too.</source>
        <translation>Typ ook uw huidige wachtwoord.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Het nieuwe wachtwoord moet verschillen van het huidige.</translation>
    </message>
</context>
<context>
    <name>lifeline::console::ReportsPage</name>
    <message>
        <source>Sessions</source>
        <translation>Sessies</translation>
    </message>
    <message>
        <source>Missed sessions</source>
        <translation>Gemiste sessies</translation>
    </message>
    <message>
        <source>Sign-ins</source>
        <translation>Aanmeldingen</translation>
    </message>
    <message>
        <source>Chat logs</source>
        <translation>Chatlogboeken</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Auditlogboek</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exporteren…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Rapport exporteren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Van:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>tot:</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Groep:</translation>
    </message>
    <message>
        <source>Technician:</source>
        <translation>Technicus:</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>Hele organisatie</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <source>The first day is after the last one.</source>
        <translation>De eerste dag ligt na de laatste.</translation>
    </message>
    <message>
        <source>A report covers at most 366 days.</source>
        <translation>Een rapport beslaat hoogstens 366 dagen.</translation>
    </message>
    <message>
        <source>Asking the relay…</source>
        <translation>De relay wordt gevraagd…</translation>
    </message>
    <message>
        <source>No report: %1</source>
        <translation>Geen rapport: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), %1 missed. Waiting: average %2, longest %3. Handling: average %4, longest %5.</source>
        <translation>
            <numerusform>%n sessie, %1 gemist. Wachten: gemiddeld %2, langst %3. Afhandeling: gemiddeld %4, langst %5.</numerusform>
            <numerusform>%n sessies, %1 gemist. Wachten: gemiddeld %2, langst %3. Afhandeling: gemiddeld %4, langst %5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies).</source>
        <translation>
            <numerusform>%n regel.</numerusform>
            <numerusform>%n regels.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the first %1 rows are shown: choose fewer days.</source>
        <translation>Alleen de eerste %1 regels worden getoond: kies minder dagen.</translation>
    </message>
    <message>
        <source>Sessions per day</source>
        <translation>Sessies per dag</translation>
    </message>
    <message>
        <source>Average waiting and handling (minutes)</source>
        <translation>Gemiddeld wachten en afhandelen (minuten)</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wachten</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Afhandeling</translation>
    </message>
    <message>
        <source>The report could not be saved in %1: %2</source>
        <translation>Het rapport kon niet worden opgeslagen in %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) in %1.</source>
        <translation>
            <numerusform>%n regel opgeslagen in %1.</numerusform>
            <numerusform>%n regels opgeslagen in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeline::console::SessionController</name>
    <message>
        <source>Not sent: %1</source>
        <translation>Niet verzonden: %1</translation>
    </message>
</context>
<context>
    <name>lifeline::console::SessionListModel</name>
    <message>
        <source>Waiting for customer</source>
        <translation>Wacht op klant</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Verlopen</translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation>Afgebroken</translation>
    </message>
    <message>
        <source>Customer reconnecting</source>
        <translation>Klant maakt opnieuw verbinding</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>you ended the session</source>
        <translation>u hebt de sessie beëindigd</translation>
    </message>
    <message>
        <source>the customer ended the session</source>
        <translation>de klant heeft de sessie beëindigd</translation>
    </message>
    <message>
        <source>your console lost its connection</source>
        <translation>uw console verloor de verbinding</translation>
    </message>
    <message>
        <source>the customer&apos;s connection was lost</source>
        <translation>de verbinding van de klant is verbroken</translation>
    </message>
    <message>
        <source>your console stopped answering</source>
        <translation>uw console reageerde niet meer</translation>
    </message>
    <message>
        <source>the customer&apos;s applet stopped answering</source>
        <translation>het programma van de klant reageerde niet meer</translation>
    </message>
    <message>
        <source>the PIN expired before the customer joined</source>
        <translation>de pincode verliep voordat de klant deelnam</translation>
    </message>
    <message>
        <source>the relay shut down</source>
        <translation>de relay is gestopt</translation>
    </message>
    <message>
        <source>a malformed message</source>
        <translation>een onjuist bericht</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Geldig tot %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Pincode</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wachttijd</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>the customer did not accept the terms in time</source>
        <translation>de klant aanvaardde de voorwaarden niet op tijd</translation>
    </message>
    <message>
        <source>the customer did not join in time</source>
        <translation>de klant nam niet op tijd deel</translation>
    </message>
    <message>
        <source>nothing happened in the session for too long</source>
        <translation>er gebeurde te lang niets in de sessie</translation>
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
        <translation>Notities over deze sessie, bewaard bij het sessierecord op de relay.</translation>
    </message>
    <message>
        <source>&amp;Save notes</source>
        <translation>Notities &amp;opslaan</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <source>Round trip:</source>
        <translation>Rondreistijd:</translation>
    </message>
    <message>
        <source>Click to picture:</source>
        <translation>Klik tot beeld:</translation>
    </message>
    <message>
        <source>Frame rate:</source>
        <translation>Beeldsnelheid:</translation>
    </message>
    <message>
        <source>Bitrate:</source>
        <translation>Bitsnelheid:</translation>
    </message>
    <message>
        <source>Encoder:</source>
        <translation>Encoder:</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>Pad:</translation>
    </message>
    <message>
        <source>Frames:</source>
        <translation>Beelden:</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbinding</translation>
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
        <translation>Klembord delen is hier niet beschikbaar: %1</translation>
    </message>
    <message>
        <source>View screen</source>
        <translation>Scherm bekijken</translation>
    </message>
    <message>
        <source>Ask the customer to show their screen; again to stop viewing.</source>
        <translation>Vraag de klant het scherm te tonen; nogmaals om te stoppen met kijken.</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Overnemen</translation>
    </message>
    <message>
        <source>Ask the customer for control of mouse and keyboard; again to give it back.</source>
        <translation>Vraag de klant om muis en toetsenbord over te nemen; nogmaals om ze terug te geven.</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Passend</translation>
    </message>
    <message>
        <source>Scale the customer&apos;s screen to fit; off: 1:1 with scroll bars.</source>
        <translation>Het scherm van de klant passend schalen; uit: 1:1 met schuifbalken.</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Volledig scherm</translation>
    </message>
    <message>
        <source>On %1 (%2×%3)</source>
        <translation>Op %1 (%2×%3)</translation>
    </message>
    <message>
        <source>Which of the customer&apos;s monitors to show</source>
        <translation>Welke monitor van de klant te tonen</translation>
    </message>
    <message>
        <source>Standard (sharp)</source>
        <translation>Standaard (scherp)</translation>
    </message>
    <message>
        <source>Performance (fast)</source>
        <translation>Prestaties (snel)</translation>
    </message>
    <message>
        <source>Full colour</source>
        <translation>Volledige kleuren</translation>
    </message>
    <message>
        <source>16-bit colour</source>
        <translation>16-bits kleuren</translation>
    </message>
    <message>
        <source>256 colours</source>
        <translation>256 kleuren</translation>
    </message>
    <message>
        <source>Special keys</source>
        <translation>Speciale toetsen</translation>
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
        <translation>Windows-/Super-toets</translation>
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
        <translation>Klembord</translation>
    </message>
    <message>
        <source>Share the clipboard with the customer (they are asked first).</source>
        <translation>Het klembord delen met de klant (die wordt eerst gevraagd).</translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation>Schermafbeelding</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Sessie beëindigen</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>de klant</translation>
    </message>
    <message>
        <source>Session ended: %1.</source>
        <translation>Sessie beëindigd: %1.</translation>
    </message>
    <message>
        <source>Waiting for %1 to join with PIN %2.</source>
        <translation>Wachten tot %1 deelneemt met pincode %2.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>%1&apos;s connection dropped; waiting for the applet to come back.</source>
        <translation>De verbinding van %1 is weggevallen; wachten tot het programma terugkomt.</translation>
    </message>
    <message>
        <source>Control paused: %1 is using the mouse or keyboard.</source>
        <translation>Overname gepauzeerd: %1 gebruikt de muis of het toetsenbord.</translation>
    </message>
    <message>
        <source>In control of %1&apos;s computer.</source>
        <translation>U bedient de computer van %1.</translation>
    </message>
    <message>
        <source>Viewing %1&apos;s screen (view only).</source>
        <translation>U bekijkt het scherm van %1 (alleen kijken).</translation>
    </message>
    <message>
        <source>Waiting for %1 to answer…</source>
        <translation>Wachten op het antwoord van %1…</translation>
    </message>
    <message>
        <source>Connected with %1. Ask to view the screen or chat.</source>
        <translation>Verbonden met %1. Vraag om het scherm te bekijken of chat.</translation>
    </message>
    <message>
        <source>All monitors</source>
        <translation>Alle monitoren</translation>
    </message>
    <message>
        <source>Monitor %1 (%2×%3)%4</source>
        <translation>Monitor %1 (%2×%3)%4</translation>
    </message>
    <message>
        <source>, primary</source>
        <translation>, primair</translation>
    </message>
    <message>
        <source>There is no picture of the customer&apos;s screen yet.</source>
        <translation>Er is nog geen beeld van het scherm van de klant.</translation>
    </message>
    <message>
        <source>session-%1-%2.png</source>
        <translation>sessie-%1-%2.png</translation>
    </message>
    <message>
        <source>Save screenshot</source>
        <translation>Schermafbeelding opslaan</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-afbeeldingen (*.png)</translation>
    </message>
    <message>
        <source>Could not save %1.</source>
        <translation>Kon %1 niet opslaan.</translation>
    </message>
    <message>
        <source>%1 — Lifeline</source>
        <translation>%1 — Lifeline</translation>
    </message>
    <message>
        <source>Leave full screen (Ctrl+Alt+Shift+F)</source>
        <translation>Volledig scherm verlaten (Ctrl+Alt+Shift+F)</translation>
    </message>
    <message>
        <source>End the session with %1? The customer&apos;s applet is told and stops sharing.</source>
        <translation>De sessie met %1 beëindigen? Het programma van de klant krijgt bericht en stopt met delen.</translation>
    </message>
    <message>
        <source>The customer&apos;s screen shows here once they allow it.</source>
        <translation>Het scherm van de klant verschijnt hier zodra die het toestaat.</translation>
    </message>
    <message>
        <source>Stopped by %1: nothing is shared now. Ask again when they are ready.</source>
        <translation>Gestopt door %1: er wordt nu niets gedeeld. Vraag het opnieuw als de klant er klaar voor is.</translation>
    </message>
    <message>
        <source>Viewing %1&apos;s screen (view only); %1 declined control.</source>
        <translation>U bekijkt het scherm van %1 (alleen kijken); %1 weigerde de overname.</translation>
    </message>
    <message>
        <source>%1 declined. Ask again, or explain in the chat why you need it.</source>
        <translation>%1 weigerde. Vraag het opnieuw of leg in de chat uit waarom u het nodig hebt.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy does not allow this in this session.</source>
        <translation>Het beleid van uw organisatie staat dit in deze sessie niet toe.</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Bureaublad</translation>
    </message>
    <message>
        <source>File Manager</source>
        <translation>Bestandsbeheer</translation>
    </message>
    <message>
        <source>Recoveries:</source>
        <translation>Herstellingen:</translation>
    </message>
    <message>
        <source>The picture stalled and was resynchronised. Please report this with the customer&apos;s log.</source>
        <translation>Het beeld bleef hangen en is opnieuw gesynchroniseerd. Meld dit alstublieft samen met het logboek van de klant.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Automatic keeps text sharp and sends moving pictures as video; Standard sends everything sharp; Performance sends everything that moves as video.</source>
        <translation>Automatisch houdt tekst scherp en stuurt bewegende beelden als video; Standaard stuurt alles scherp; Prestaties stuurt alles wat beweegt als video.</translation>
    </message>
</context>
<context>
    <name>lifeline::console::SignInDialog</name>
    <message>
        <source>Sign in — Lifeline Console</source>
        <translation>Aanmelden — Lifeline Console</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>host:poort</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>naam@voorbeeld.nl</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <source>Relay CA certificate</source>
        <translation>CA-certificaat van de relay</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-certificaten (*.pem *.crt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>&amp;Relay:</source>
        <translation>&amp;Relay:</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>&amp;CA-certificaat:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <source>Sign in to your Lifeline relay</source>
        <translation>Meld u aan bij uw Lifeline-relay</translation>
    </message>
    <message>
        <source>Type the relay&apos;s address as host:port, for example relay.example.com:7443.</source>
        <translation>Typ het adres van de relay als host:poort, bijvoorbeeld relay.example.com:7443.</translation>
    </message>
    <message>
        <source>Type your e-mail address and password.</source>
        <translation>Typ uw e-mailadres en wachtwoord.</translation>
    </message>
    <message>
        <source>The CA certificate cannot be read: %1</source>
        <translation>Het CA-certificaat kan niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>six digits from the app, or a recovery code</source>
        <translation>zes cijfers uit de app, of een herstelcode</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>C&amp;ode:</translation>
    </message>
    <message>
        <source>Your account uses two-step sign-in. Type the code your authenticator app shows now.</source>
        <translation>Uw account gebruikt aanmelden in twee stappen. Typ de code die uw authenticator-app nu toont.</translation>
    </message>
    <message>
        <source>Wrong e-mail address, password or code.</source>
        <translation>Verkeerd e-mailadres, wachtwoord of verkeerde code.</translation>
    </message>
    <message>
        <source>Type the code your authenticator app shows now.</source>
        <translation>Typ de code die uw authenticator-app nu toont.</translation>
    </message>
</context>
<context>
    <name>lifeline::console::TwoFactorDialog</name>
    <message>
        <source>Two-step sign-in — Lifeline Console</source>
        <translation>Aanmelden in twee stappen — Lifeline Console</translation>
    </message>
    <message>
        <source>Your technician group requires two-step sign-in. Until you set it up, you cannot start sessions.</source>
        <translation>Uw techniciigroep vereist aanmelden in twee stappen. Tot u het instelt, kunt u geen sessies starten.</translation>
    </message>
    <message>
        <source>Signing in will need your password and a six-digit code from an authenticator app on your phone (any app for time-based codes, for example FreeOTP or Google Authenticator).</source>
        <translation>Aanmelden vraagt dan uw wachtwoord en een code van zes cijfers uit een authenticator-app op uw telefoon (elke app voor tijdgebonden codes, bijvoorbeeld FreeOTP of Google Authenticator).</translation>
    </message>
    <message>
        <source>Asking the relay for a new key…</source>
        <translation>De relay wordt om een nieuwe sleutel gevraagd…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <source>Save recovery codes</source>
        <translation>Herstelcodes opslaan</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Tekstbestanden (*.txt)</translation>
    </message>
    <message>
        <source>The recovery codes could not be saved in %1: %2</source>
        <translation>De herstelcodes konden niet worden opgeslagen in %1: %2</translation>
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
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation>Inschakelen</translation>
    </message>
    <message>
        <source>1. Scan this code with the app:</source>
        <translation>1. Scan deze code met de app:</translation>
    </message>
    <message>
        <source>…or type this key into it:</source>
        <translation>…of typ deze sleutel erin:</translation>
    </message>
    <message>
        <source>2. Keep these recovery codes somewhere safe. Each one signs you in once if you lose your phone; they are not shown again.</source>
        <translation>2. Bewaar deze herstelcodes op een veilige plek. Elke code meldt u één keer aan als u uw telefoon kwijt bent; ze worden niet opnieuw getoond.</translation>
    </message>
    <message>
        <source>3. Code the app shows now:</source>
        <translation>3. Code die de app nu toont:</translation>
    </message>
    <message>
        <source>Two-step sign-in cannot be set up now: %1</source>
        <translation>Aanmelden in twee stappen kan nu niet worden ingesteld: %1</translation>
    </message>
    <message>
        <source>That code is not right. Check that the phone&apos;s clock is right and type the code the app shows now.</source>
        <translation>Die code klopt niet. Controleer of de klok van de telefoon juist staat en typ de code die de app nu toont.</translation>
    </message>
    <message>
        <source>(no QR code: type the key below)</source>
        <translation>(geen QR-code: typ de sleutel hieronder)</translation>
    </message>
    <message>
        <source>Type the code the app shows now.</source>
        <translation>Typ de code die de app nu toont.</translation>
    </message>
</context>
<context>
    <name>lifeline::session::TechnicianSession</name>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Connection to the relay lost: %1</source>
        <translation>Verbinding met de relay verbroken: %1</translation>
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
