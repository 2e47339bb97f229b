<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Bundled fonts and their licenses</source>
        <translation>Bundled fonts and their licenses</translation>
    </message>
    <message>
        <source>Data directory</source>
        <translation>Data directory</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Database file</translation>
    </message>
    <message>
        <source>Lishui East-West Cooperation Ledger</source>
        <translation>Lishui East-West Cooperation Ledger</translation>
    </message>
    <message>
        <source>No bundled fonts were found.</source>
        <translation>No bundled fonts were found.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
</context>
<context>
    <name>AddPlaceDialog</name>
    <message>
        <source>Add a place</source>
        <translation>Add a place</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>Belongs to</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>GB/T 2260 code</source>
        <translation>GB/T 2260 code</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Side</translation>
    </message>
    <message>
        <source>e.g. 四川省广元市旺苍县</source>
        <translation>e.g. 四川省广元市旺苍县</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Clock</translation>
    </message>
    <message>
        <source>Reference data</source>
        <translation>Reference data</translation>
    </message>
    <message>
        <source>Something went wrong: %1
Your data is safe up to the last save. The details are in the log file %2; please send it to the office.</source>
        <translation>Something went wrong: %1
Your data is safe up to the last save. The details are in the log file %2; please send it to the office.</translation>
    </message>
    <message>
        <source>The East-West cooperation ledger (the window).</source>
        <translation>The East-West cooperation ledger (the window).</translation>
    </message>
    <message>
        <source>The database is in use</source>
        <translation>The database is in use</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>open the window, then quit at once (to test an installation)</source>
        <translation>open the window, then quit at once (to test an installation)</translation>
    </message>
    <message>
        <source>the database: a file, or postgresql://… for an office store (default: LISHUI_DB, else the one in your data folder)</source>
        <translation>the database: a file, or postgresql://… for an office store (default: LISHUI_DB, else the one in your data folder)</translation>
    </message>
    <message>
        <source>the language of this start (the saved choice is under Settings)</source>
        <translation>the language of this start (the saved choice is under Settings)</translation>
    </message>
</context>
<context>
    <name>AppearancesPanel</name>
    <message>
        <source>Appears in %1 records</source>
        <translation>Appears in %1 records</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>%1 (PostgreSQL's client tools) was not found, so a store on a PostgreSQL server cannot be backed up here. Install them (Debian/Ubuntu: apt install postgresql-client; Windows: the PostgreSQL installer's command line tools) or put their folder on PATH.</source>
        <translation>%1 (PostgreSQL's client tools) was not found, so a store on a PostgreSQL server cannot be backed up here. Install them (Debian/Ubuntu: apt install postgresql-client; Windows: the PostgreSQL installer's command line tools) or put their folder on PATH.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <source>Backup %1 is damaged (%2); it was not restored.</source>
        <translation>Backup %1 is damaged (%2); it was not restored.</translation>
    </message>
    <message>
        <source>The backup copy failed its integrity check: %1</source>
        <translation>The backup copy failed its integrity check: %1</translation>
    </message>
    <message>
        <source>The database is still in use, so the backup was not restored. Close other windows and programs that use it, then try again.</source>
        <translation>The database is still in use, so the backup was not restored. Close other windows and programs that use it, then try again.</translation>
    </message>
    <message>
        <source>The dump %1 does not hold what the store held (table %2: %3 rows instead of %4).</source>
        <translation>The dump %1 does not hold what the store held (table %2: %3 rows instead of %4).</translation>
    </message>
    <message>
        <source>There is no backup %1 (see `lishui backup list`).</source>
        <translation>There is no backup %1 (see `lishui backup list`).</translation>
    </message>
    <message>
        <source>There is no database at %1 to back up.</source>
        <translation>There is no database at %1 to back up.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>A backup is made every day the program is used, and before every import, upgrade and restore. Backups are kept in the folder %1.</source>
        <translation>A backup is made every day the program is used, and before every import, upgrade and restore. Backups are kept in the folder %1.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Backup made and checked.</source>
        <translation>Backup made and checked.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Before a restore</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Before an import</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Before an upgrade</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Daily</translation>
    </message>
    <message>
        <source>Damaged file kept</source>
        <translation>Damaged file kept</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>Made at</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Made by hand</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Restore the backup %1? Everything entered or imported after it is undone. The current database is kept as a backup first, so you can go back.</source>
        <translation>Restore the backup %1? Everything entered or imported after it is undone. The current database is kept as a backup first, so you can go back.</translation>
    </message>
    <message>
        <source>Restore the selected backup…</source>
        <translation>Restore the selected backup…</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>The backup was restored.</translation>
    </message>
    <message>
        <source>The import was undone.</source>
        <translation>The import was undone.</translation>
    </message>
    <message>
        <source>There is no import to undo.</source>
        <translation>There is no import to undo.</translation>
    </message>
    <message>
        <source>Undo the last import</source>
        <translation>Undo the last import</translation>
    </message>
    <message>
        <source>Undo the last import…</source>
        <translation>Undo the last import…</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Weekly</translation>
    </message>
</context>
<context>
    <name>BackupStartup</name>
    <message>
        <source>Backup restored</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <source>Open anyway</source>
        <translation>Open anyway</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Restore the backup</translation>
    </message>
    <message>
        <source>The backup %1 was restored. The damaged file was kept in the backups folder.</source>
        <translation>The backup %1 was restored. The damaged file was kept in the backups folder.</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <source>The last import was interrupted</source>
        <translation>The last import was interrupted</translation>
    </message>
</context>
<context>
    <name>Bundle</name>
    <message>
        <source>%1 changes for fields this version does not know; kept and applied after an update.</source>
        <translation>%1 changes for fields this version does not know; kept and applied after an update.</translation>
    </message>
    <message>
        <source>%1 in the bundle does not match its checksum (damaged or changed).</source>
        <translation>%1 in the bundle does not match its checksum (damaged or changed).</translation>
    </message>
    <message>
        <source>A file in the bundle is larger than it declares (%1).</source>
        <translation>A file in the bundle is larger than it declares (%1).</translation>
    </message>
    <message>
        <source>A file in the bundle is too large when unpacked (%1).</source>
        <translation>A file in the bundle is too large when unpacked (%1).</translation>
    </message>
    <message>
        <source>An op in the bundle names another author than the segment that carries it.</source>
        <translation>An op in the bundle names another author than the segment that carries it.</translation>
    </message>
    <message>
        <source>Changes %1 to %2 of %3 were made after the office revoked that device; they were not applied.</source>
        <translation>Changes %1 to %2 of %3 were made after the office revoked that device; they were not applied.</translation>
    </message>
    <message>
        <source>Changes of %1 (numbers %2 to %3) contradict changes of the same numbers already held here (a fork: an edited or copied database). They were not applied; the office sees them in the review queue.</source>
        <translation>Changes of %1 (numbers %2 to %3) contradict changes of the same numbers already held here (a fork: an edited or copied database). They were not applied; the office sees them in the review queue.</translation>
    </message>
    <message>
        <source>Its clock is more than 24 hours ahead of this computer's; a person must decide.</source>
        <translation>Its clock is more than 24 hours ahead of this computer's; a person must decide.</translation>
    </message>
    <message>
        <source>No device called %1 is known to this database.</source>
        <translation>No device called %1 is known to this database.</translation>
    </message>
    <message>
        <source>No office key is known on this computer, so the bundle cannot be encrypted. Join the deployment with the office's deployment file first: a new database's first start offers it (or lishui init --join FILE).</source>
        <translation>No office key is known on this computer, so the bundle cannot be encrypted. Join the deployment with the office's deployment file first: a new database's first start offers it (or lishui init --join FILE).</translation>
    </message>
    <message>
        <source>The bundle carries a device identity that this deployment's office did not issue. It was not applied.</source>
        <translation>The bundle carries a device identity that this deployment's office did not issue. It was not applied.</translation>
    </message>
    <message>
        <source>The bundle comes from a device the office has not issued (%1). It was not applied; the office must issue that laptop first.</source>
        <translation>The bundle comes from a device the office has not issued (%1). It was not applied; the office must issue that laptop first.</translation>
    </message>
    <message>
        <source>The bundle contains an unexpected file (%1).</source>
        <translation>The bundle contains an unexpected file (%1).</translation>
    </message>
    <message>
        <source>The bundle contains an unsafe path (%1).</source>
        <translation>The bundle contains an unsafe path (%1).</translation>
    </message>
    <message>
        <source>The bundle contains the file %1 twice.</source>
        <translation>The bundle contains the file %1 twice.</translation>
    </message>
    <message>
        <source>The bundle has overlapping entries (a zip bomb).</source>
        <translation>The bundle has overlapping entries (a zip bomb).</translation>
    </message>
    <message>
        <source>The bundle has too many files (%1).</source>
        <translation>The bundle has too many files (%1).</translation>
    </message>
    <message>
        <source>The bundle holds an invalid op (%1).</source>
        <translation>The bundle holds an invalid op (%1).</translation>
    </message>
    <message>
        <source>The bundle holds changes in the name of another device than the one that signed them (signed by %1). It was not applied.</source>
        <translation>The bundle holds changes in the name of another device than the one that signed them (signed by %1). It was not applied.</translation>
    </message>
    <message>
        <source>The bundle holds changes signed by a device the office never issued (%1).</source>
        <translation>The bundle holds changes signed by a device the office never issued (%1).</translation>
    </message>
    <message>
        <source>The bundle holds two different versions of one op.</source>
        <translation>The bundle holds two different versions of one op.</translation>
    </message>
    <message>
        <source>The bundle is damaged (%1).</source>
        <translation>The bundle is damaged (%1).</translation>
    </message>
    <message>
        <source>The bundle is damaged (a file header is missing).</source>
        <translation>The bundle is damaged (a file header is missing).</translation>
    </message>
    <message>
        <source>The bundle is incomplete: %1 is missing.</source>
        <translation>The bundle is incomplete: %1 is missing.</translation>
    </message>
    <message>
        <source>The bundle is not signed; it was not applied.</source>
        <translation>The bundle is not signed; it was not applied.</translation>
    </message>
    <message>
        <source>The bundle is too large (%1 bytes).</source>
        <translation>The bundle is too large (%1 bytes).</translation>
    </message>
    <message>
        <source>The bundle is truncated.</source>
        <translation>The bundle is truncated.</translation>
    </message>
    <message>
        <source>The bundle names an author that is not its sender's (%1).</source>
        <translation>The bundle names an author that is not its sender's (%1).</translation>
    </message>
    <message>
        <source>The bundle uses an unsupported compression (%1).</source>
        <translation>The bundle uses an unsupported compression (%1).</translation>
    </message>
    <message>
        <source>The bundle's manifest has no format number.</source>
        <translation>The bundle's manifest has no format number.</translation>
    </message>
    <message>
        <source>The bundle's manifest has no valid segments.</source>
        <translation>The bundle's manifest has no valid segments.</translation>
    </message>
    <message>
        <source>The bundle's manifest is not valid JSON.</source>
        <translation>The bundle's manifest is not valid JSON.</translation>
    </message>
    <message>
        <source>The bundle's manifest lacks %1.</source>
        <translation>The bundle's manifest lacks %1.</translation>
    </message>
    <message>
        <source>The bundle's op count does not match its manifest.</source>
        <translation>The bundle's op count does not match its manifest.</translation>
    </message>
    <message>
        <source>The bundle's op ranges do not match its ops.</source>
        <translation>The bundle's op ranges do not match its ops.</translation>
    </message>
    <message>
        <source>The bundle's signature does not match the device %1: it was changed or forged. It was not applied.</source>
        <translation>The bundle's signature does not match the device %1: it was changed or forged. It was not applied.</translation>
    </message>
    <message>
        <source>The bundle's version vector is invalid.</source>
        <translation>The bundle's version vector is invalid.</translation>
    </message>
    <message>
        <source>The changes of %1 in the bundle do not carry that device's signature (changed or forged). It was not applied.</source>
        <translation>The changes of %1 in the bundle do not carry that device's signature (changed or forged). It was not applied.</translation>
    </message>
    <message>
        <source>The device %1 was revoked by the office (%2); its bundles are not accepted.</source>
        <translation>The device %1 was revoked by the office (%2); its bundles are not accepted.</translation>
    </message>
    <message>
        <source>The encrypted bundle is damaged or was changed after it was written.</source>
        <translation>The encrypted bundle is damaged or was changed after it was written.</translation>
    </message>
    <message>
        <source>The file is not a bundle or it is damaged or truncated.</source>
        <translation>The file is not a bundle or it is damaged or truncated.</translation>
    </message>
    <message>
        <source>The file is not a lishui bundle.</source>
        <translation>The file is not a lishui bundle.</translation>
    </message>
    <message>
        <source>The ops of a segment do not match what their author signed (changed or forged).</source>
        <translation>The ops of a segment do not match what their author signed (changed or forged).</translation>
    </message>
    <message>
        <source>There is no office key to encrypt the bundle to.</source>
        <translation>There is no office key to encrypt the bundle to.</translation>
    </message>
    <message>
        <source>There is no quarantined bundle %1.</source>
        <translation>There is no quarantined bundle %1.</translation>
    </message>
    <message>
        <source>This bundle has format %1, written by version %2; this program reads format %3. Install version %2 or later to import it.</source>
        <translation>This bundle has format %1, written by version %2; this program reads format %3. Install version %2 or later to import it.</translation>
    </message>
    <message>
        <source>This bundle is not encrypted, and this computer accepts only encrypted bundles (for a trial, allow unencrypted bundles under Tools → Keys and enrolment, or with lishui keys allow-plain).</source>
        <translation>This bundle is not encrypted, and this computer accepts only encrypted bundles (for a trial, allow unencrypted bundles under Tools → Keys and enrolment, or with lishui keys allow-plain).</translation>
    </message>
    <message>
        <source>This bundle was encrypted for another office or computer; this computer cannot read it.</source>
        <translation>This bundle was encrypted for another office or computer; this computer cannot read it.</translation>
    </message>
    <message>
        <source>This bundle was written by an older version of the program (format %1), whose bundles do not prove who wrote each change. Update the program on the computer that wrote it.</source>
        <translation>This bundle was written by an older version of the program (format %1), whose bundles do not prove who wrote each change. Update the program on the computer that wrote it.</translation>
    </message>
    <message>
        <source>This computer has no office key, so it cannot check who wrote a bundle. Join the deployment with the office's deployment file first: a new database's first start offers it (or lishui init --join FILE).</source>
        <translation>This computer has no office key, so it cannot check who wrote a bundle. Join the deployment with the office's deployment file first: a new database's first start offers it (or lishui init --join FILE).</translation>
    </message>
    <message>
        <source>This file is not a bundle of this program, or it is damaged.</source>
        <translation>This file is not a bundle of this program, or it is damaged.</translation>
    </message>
    <message>
        <source>devices.json in the bundle is invalid.</source>
        <translation>devices.json in the bundle is invalid.</translation>
    </message>
    <message>
        <source>devices.json in the bundle is not valid JSON.</source>
        <translation>devices.json in the bundle is not valid JSON.</translation>
    </message>
</context>
<context>
    <name>ChildPanel</name>
    <message>
        <source>Delete entry</source>
        <translation>Delete entry</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>New entry</translation>
    </message>
    <message>
        <source>Save entry</source>
        <translation>Save entry</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <source>3 months</source>
        <translation>3 months</translation>
    </message>
    <message>
        <source>6 months</source>
        <translation>6 months</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Cooperation cadre</source>
        <translation>Cooperation cadre</translation>
    </message>
    <message>
        <source>County-county</source>
        <translation>County-county</translation>
    </message>
    <message>
        <source>Division-level cadre</source>
        <translation>Division-level cadre</translation>
    </message>
    <message>
        <source>Donation</source>
        <translation>Donation</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Enterprise visit</source>
        <translation>Enterprise visit</translation>
    </message>
    <message>
        <source>Enterprise-village</source>
        <translation>Enterprise-village</translation>
    </message>
    <message>
        <source>Exchange visit</source>
        <translation>Exchange visit</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Field cadre</source>
        <translation>Field cadre</translation>
    </message>
    <message>
        <source>Hospital-hospital</source>
        <translation>Hospital-hospital</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>Job fair</source>
        <translation>Job fair</translation>
    </message>
    <message>
        <source>Joint meeting</source>
        <translation>Joint meeting</translation>
    </message>
    <message>
        <source>Leaders' visit</source>
        <translation>Leaders' visit</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Media report</source>
        <translation>Media report</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Organised transfer</source>
        <translation>Organised transfer</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Party committee hearing</source>
        <translation>Party committee hearing</translation>
    </message>
    <message>
        <source>Poor-village cadre</source>
        <translation>Poor-village cadre</translation>
    </message>
    <message>
        <source>Product sales</source>
        <translation>Product sales</translation>
    </message>
    <message>
        <source>Professional talent</source>
        <translation>Professional talent</translation>
    </message>
    <message>
        <source>Professional talent, long-term</source>
        <translation>Professional talent, long-term</translation>
    </message>
    <message>
        <source>Professional talent, short-term</source>
        <translation>Professional talent, short-term</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Remote medical session</source>
        <translation>Remote medical session</translation>
    </message>
    <message>
        <source>Remote teaching</source>
        <translation>Remote teaching</translation>
    </message>
    <message>
        <source>Rural wealth leader</source>
        <translation>Rural wealth leader</translation>
    </message>
    <message>
        <source>School-school</source>
        <translation>School-school</translation>
    </message>
    <message>
        <source>Section-level cadre</source>
        <translation>Section-level cadre</translation>
    </message>
    <message>
        <source>Town-town</source>
        <translation>Town-town</translation>
    </message>
    <message>
        <source>Village-village</source>
        <translation>Village-village</translation>
    </message>
    <message>
        <source>Vocational school</source>
        <translation>Vocational school</translation>
    </message>
    <message>
        <source>Working-group lead</source>
        <translation>Working-group lead</translation>
    </message>
    <message>
        <source>Working-group leader</source>
        <translation>Working-group leader</translation>
    </message>
</context>
<context>
    <name>ChoosePage</name>
    <message>
        <source>A workbook: xlsx, xls, ods or csv</source>
        <translation>A workbook: xlsx, xls, ods or csv</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Choose a workbook</source>
        <translation>Choose a workbook</translation>
    </message>
    <message>
        <source>Choose what to import</source>
        <translation>Choose what to import</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Reading the workbook</source>
        <translation>Reading the workbook</translation>
    </message>
    <message>
        <source>Rows are checked first; if any row has a problem, nothing is imported.</source>
        <translation>Rows are checked first; if any row has a problem, nothing is imported.</translation>
    </message>
    <message>
        <source>Save a blank template</source>
        <translation>Save a blank template</translation>
    </message>
    <message>
        <source>Save a blank template…</source>
        <translation>Save a blank template…</translation>
    </message>
    <message>
        <source>Template written: %1</source>
        <translation>Template written: %1</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx *.xlsm *.xls *.et *.xlsb *.ods *.csv);;All files (*)</source>
        <translation>Workbooks (*.xlsx *.xlsm *.xls *.et *.xlsb *.ods *.csv);;All files (*)</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>%1 changes in %2, which contradict changes already held</source>
        <translation>%1 changes in %2, which contradict changes already held</translation>
    </message>
    <message>
        <source>%1 is now %2 (%3).</source>
        <translation>%1 is now %2 (%3).</translation>
    </message>
    <message>
        <source>%1 is now %2 (certificate serial %3). Send it a bundle: it takes the role from it.</source>
        <translation>%1 is now %2 (certificate serial %3). Send it a bundle: it takes the role from it.</translation>
    </message>
    <message>
        <source>%1 is offered again.</source>
        <translation>%1 is offered again.</translation>
    </message>
    <message>
        <source>%1 is revoked. Send a bundle to every laptop so that they refuse it too.</source>
        <translation>%1 is revoked. Send a bundle to every laptop so that they refuse it too.</translation>
    </message>
    <message>
        <source>%1 merged into %2.</source>
        <translation>%1 merged into %2.</translation>
    </message>
    <message>
        <source>%1 records wait for related records from another device (%2); they arrive with its next bundle. This is not damage.</source>
        <translation>%1 records wait for related records from another device (%2); they arrive with its next bundle. This is not damage.</translation>
    </message>
    <message>
        <source>%1 records.</source>
        <translation>%1 records.</translation>
    </message>
    <message>
        <source>%1 retired from %2.</source>
        <translation>%1 retired from %2.</translation>
    </message>
    <message>
        <source>%1 rows written to %2</source>
        <translation>%1 rows written to %2</translation>
    </message>
    <message>
        <source>%1 targets added for %2.</source>
        <translation>%1 targets added for %2.</translation>
    </message>
    <message>
        <source>%1 was refused: %2</source>
        <translation>%1 was refused: %2</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2: %3</translation>
    </message>
    <message>
        <source>%1: %2; %3 ops, %4 new.</source>
        <translation>%1: %2; %3 ops, %4 new.</translation>
    </message>
    <message>
        <source>%1: part refused: %2</source>
        <translation>%1: part refused: %2</translation>
    </message>
    <message>
        <source>%1: the whole record</source>
        <translation>%1: the whole record</translation>
    </message>
    <message>
        <source>--scale must be a number above 0 and at most 50.</source>
        <translation>--scale must be a number above 0 and at most 50.</translation>
    </message>
    <message>
        <source>--session-title, --category, --organiser, --start, --end and --place are for trainees only.</source>
        <translation>--session-title, --category, --organiser, --start, --end and --place are for trainees only.</translation>
    </message>
    <message>
        <source>... and %1 more</source>
        <translation>... and %1 more</translation>
    </message>
    <message>
        <source>A plain copy with %1 records was written to %2. It is NOT encrypted: give it only to the person handling the support case, and delete it afterwards. This was recorded.</source>
        <translation>A plain copy with %1 records was written to %2. It is NOT encrypted: give it only to the person handling the support case, and delete it afterwards. This was recorded.</translation>
    </message>
    <message>
        <source>A store on a PostgreSQL server is protected by the server; --encrypt is only for a database file.</source>
        <translation>A store on a PostgreSQL server is protected by the server; --encrypt is only for a database file.</translation>
    </message>
    <message>
        <source>A sum is shown in %1.</source>
        <translation>A sum is shown in %1.</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Backup %1 created (%2 bytes, integrity check passed).</source>
        <translation>Backup %1 created (%2 bytes, integrity check passed).</translation>
    </message>
    <message>
        <source>Backup %1 created (%2 bytes; pg_restore read it back whole and every table's rows were counted).</source>
        <translation>Backup %1 created (%2 bytes; pg_restore read it back whole and every table's rows were counted).</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>Belongs to</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Counting rule</source>
        <translation>Counting rule</translation>
    </message>
    <message>
        <source>County</source>
        <translation>County</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation>Current passphrase: </translation>
    </message>
    <message>
        <source>Database %1 created: device %2 (%3), role %4.</source>
        <translation>Database %1 created: device %2 (%3), role %4.</translation>
    </message>
    <message>
        <source>Database %1 is damaged: quick_check says %2.</source>
        <translation>Database %1 is damaged: quick_check says %2.</translation>
    </message>
    <message>
        <source>Database %1 is damaged: quick_check says %2; %3 foreign key problems.</source>
        <translation>Database %1 is damaged: quick_check says %2; %3 foreign key problems.</translation>
    </message>
    <message>
        <source>Database %1 is healthy (quick_check ok, no foreign key problems, nothing changed outside the program).</source>
        <translation>Database %1 is healthy (quick_check ok, no foreign key problems, nothing changed outside the program).</translation>
    </message>
    <message>
        <source>Database %1 was already set up: device %2 (%3), role %4.</source>
        <translation>Database %1 was already set up: device %2 (%3), role %4.</translation>
    </message>
    <message>
        <source>Database %1: %2 values were changed outside the program (another tool wrote them; they are not in the change log and will not sync):</source>
        <translation>Database %1: %2 values were changed outside the program (another tool wrote them; they are not in the change log and will not sync):</translation>
    </message>
    <message>
        <source>Database %1: the identities of %2 differ from what the office signed (the devices table was changed outside the program). Bundles are checked against the office's certificates, never against this table; ask the office for a new deployment file.</source>
        <translation>Database %1: the identities of %2 differ from what the office signed (the devices table was changed outside the program). Bundles are checked against the office's certificates, never against this table; ask the office for a new deployment file.</translation>
    </message>
    <message>
        <source>Date fields</source>
        <translation>Date fields</translation>
    </message>
    <message>
        <source>Demo data added to %1 in %2 s: %3 people, %4 trainees on %5 training sessions, %6 placements, %7 cadres, %8 events, %9 pairings.</source>
        <translation>Demo data added to %1 in %2 s: %3 people, %4 trainees on %5 training sessions, %6 placements, %7 cadres, %8 events, %9 pairings.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Distinct</source>
        <translation>Distinct</translation>
    </message>
    <message>
        <source>Enter the new start passphrase (or set LISHUI_DB_PASSPHRASE).</source>
        <translation>Enter the new start passphrase (or set LISHUI_DB_PASSPHRASE).</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <source>Former names</source>
        <translation>Former names</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Full IDs and phones were printed; this was recorded in the audit log.</source>
        <translation>Full IDs and phones were printed; this was recorded in the audit log.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Issued %1 (%2) and wrote its deployment file %3. Keep it safe: it holds its keys and the deployment key.</source>
        <translation>Issued %1 (%2) and wrote its deployment file %3. Keep it safe: it holds its keys and the deployment key.</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Merged into %1.</source>
        <translation>Merged into %1.</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Money fields</source>
        <translation>Money fields</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>New keys issued to %1 (serial %2); on that laptop run: lishui keys install %3</source>
        <translation>New keys issued to %1 (serial %2); on that laptop run: lishui keys install %3</translation>
    </message>
    <message>
        <source>New laptops: office copy of the database key %1; start passphrase %2.</source>
        <translation>New laptops: office copy of the database key %1; start passphrase %2.</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>New passphrase: </translation>
    </message>
    <message>
        <source>New period %1 of %2 — %3 (renews %4, %5).</source>
        <translation>New period %1 of %2 — %3 (renews %4, %5).</translation>
    </message>
    <message>
        <source>New start passphrase: </source>
        <translation>New start passphrase: </translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>No records.</source>
        <translation>No records.</translation>
    </message>
    <message>
        <source>No targets for %1 (add them in the targets editor).</source>
        <translation>No targets for %1 (add them in the targets editor).</translation>
    </message>
    <message>
        <source>Nothing to decide.</source>
        <translation>Nothing to decide.</translation>
    </message>
    <message>
        <source>Nothing was changed. Run again with --yes to undo the import.</source>
        <translation>Nothing was changed. Run again with --yes to undo the import.</translation>
    </message>
    <message>
        <source>Office passphrase: </source>
        <translation>Office passphrase: </translation>
    </message>
    <message>
        <source>Once more: </source>
        <translation>Once more: </translation>
    </message>
    <message>
        <source>Only encrypted and signed bundles are accepted.</source>
        <translation>Only encrypted and signed bundles are accepted.</translation>
    </message>
    <message>
        <source>Paper backup written to %1. Print it, lock it away, then delete the file.</source>
        <translation>Paper backup written to %1. Print it, lock it away, then delete the file.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Passphrase protection: %1. Plain bundles allowed: %2.</source>
        <translation>Passphrase protection: %1. Plain bundles allowed: %2.</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Passphrase: </translation>
    </message>
    <message>
        <source>Place added: %1 (%2)</source>
        <translation>Place added: %1 (%2)</translation>
    </message>
    <message>
        <source>Print the recovery code now (lishui keys paper --out FILE) and lock the paper away: on another computer the database opens only with it.</source>
        <translation>Print the recovery code now (lishui keys paper --out FILE) and lock the paper away: on another computer the database opens only with it.</translation>
    </message>
    <message>
        <source>Problems marked in: %1</source>
        <translation>Problems marked in: %1</translation>
    </message>
    <message>
        <source>Progress %1</source>
        <translation>Progress %1</translation>
    </message>
    <message>
        <source>Progress %1-%2 (year to date)</source>
        <translation>Progress %1-%2 (year to date)</translation>
    </message>
    <message>
        <source>Proved: the dump of both is the same (SHA-256 %1).</source>
        <translation>Proved: the dump of both is the same (SHA-256 %1).</translation>
    </message>
    <message>
        <source>QUARANTINED (clock far ahead; see conflicts list)</source>
        <translation>QUARANTINED (clock far ahead; see conflicts list)</translation>
    </message>
    <message>
        <source>REJECTED</source>
        <translation>REJECTED</translation>
    </message>
    <message>
        <source>Reply file written to %1. Give it to the office (a USB stick is fine: it holds no secrets).</source>
        <translation>Reply file written to %1. Give it to the office (a USB stick is fine: it holds no secrets).</translation>
    </message>
    <message>
        <source>Restored %1 %2; the edits made elsewhere are kept.</source>
        <translation>Restored %1 %2; the edits made elsewhere are kept.</translation>
    </message>
    <message>
        <source>Restored backup %1.</source>
        <translation>Restored backup %1.</translation>
    </message>
    <message>
        <source>Restored backup %1. The previous database was kept as backup %2.</source>
        <translation>Restored backup %1. The previous database was kept as backup %2.</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>See %1</source>
        <translation>See %1</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Serial</translation>
    </message>
    <message>
        <source>Settled %1.%2 of %3.</source>
        <translation>Settled %1.%2 of %3.</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Side</translation>
    </message>
    <message>
        <source>Start passphrase or recovery code: </source>
        <translation>Start passphrase or recovery code: </translation>
    </message>
    <message>
        <source>Store %1 is damaged: PostgreSQL's checks say %2; %3 references without their record.</source>
        <translation>Store %1 is damaged: PostgreSQL's checks say %2; %3 references without their record.</translation>
    </message>
    <message>
        <source>Store %1 is healthy (PostgreSQL's checks ok, no references without their record, nothing changed outside the program).</source>
        <translation>Store %1 is healthy (PostgreSQL's checks ok, no references without their record, nothing changed outside the program).</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Target %1 changed: %2 to %3, %4 %5.</source>
        <translation>Target %1 changed: %2 to %3, %4 %5.</translation>
    </message>
    <message>
        <source>Target %1 ends after %2.</source>
        <translation>Target %1 ends after %2.</translation>
    </message>
    <message>
        <source>Target added: %1</source>
        <translation>Target added: %1</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>Target value</translation>
    </message>
    <message>
        <source>Template written: %1</source>
        <translation>Template written: %1</translation>
    </message>
    <message>
        <source>The command failed (exit code %1). What it said is in %2</source>
        <translation>The command failed (exit code %1). What it said is in %2</translation>
    </message>
    <message>
        <source>The command has finished. Its output is in %1</source>
        <translation>The command has finished. Its output is in %1</translation>
    </message>
    <message>
        <source>The copy differs from the original (dump SHA-256 %1 here, %2 there); it was removed again. Nothing was changed here.</source>
        <translation>The copy differs from the original (dump SHA-256 %1 here, %2 there); it was removed again. Nothing was changed here.</translation>
    </message>
    <message>
        <source>The database %1 is already encrypted.</source>
        <translation>The database %1 is already encrypted.</translation>
    </message>
    <message>
        <source>The database %1 is encrypted (SQLCipher 4); %2.</source>
        <translation>The database %1 is encrypted (SQLCipher 4); %2.</translation>
    </message>
    <message>
        <source>The database %1 is encrypted: %2 backups encrypted, %3 plain files overwritten and removed.</source>
        <translation>The database %1 is encrypted: %2 backups encrypted, %3 plain files overwritten and removed.</translation>
    </message>
    <message>
        <source>The database %1 is not encrypted. Encrypt it with: lishui db encrypt</source>
        <translation>The database %1 is not encrypted. Encrypt it with: lishui db encrypt</translation>
    </message>
    <message>
        <source>The database is encrypted; it opens with the start passphrase.</source>
        <translation>The database is encrypted; it opens with the start passphrase.</translation>
    </message>
    <message>
        <source>The database is encrypted; its key is kept in this computer's credential store, so it opens without typing.</source>
        <translation>The database is encrypted; its key is kept in this computer's credential store, so it opens without typing.</translation>
    </message>
    <message>
        <source>The database opens. Without a credential store it asks for the key at each start.</source>
        <translation>The database opens. Without a credential store it asks for the key at each start.</translation>
    </message>
    <message>
        <source>The database opens; its key is now kept in this computer's credential store.</source>
        <translation>The database opens; its key is now kept in this computer's credential store.</translation>
    </message>
    <message>
        <source>The decryption key is now protected by the passphrase. Keep a paper backup too (lishui keys paper).</source>
        <translation>The decryption key is now protected by the passphrase. Keep a paper backup too (lishui keys paper).</translation>
    </message>
    <message>
        <source>The decryption key was restored from the paper backup.</source>
        <translation>The decryption key was restored from the paper backup.</translation>
    </message>
    <message>
        <source>The full name of %1 is now %2.</source>
        <translation>The full name of %1 is now %2.</translation>
    </message>
    <message>
        <source>The import was undone.</source>
        <translation>The import was undone.</translation>
    </message>
    <message>
        <source>The laptop %1 is registered; its bundles will be accepted.</source>
        <translation>The laptop %1 is registered; its bundles will be accepted.</translation>
    </message>
    <message>
        <source>The new keys of %1 (serial %2) are installed.</source>
        <translation>The new keys of %1 (serial %2) are installed.</translation>
    </message>
    <message>
        <source>The original is unchanged; open the copy with --db %1 (the copy is a new life of this device: use one of them from now on).</source>
        <translation>The original is unchanged; open the copy with --db %1 (the copy is a new life of this device: use one of them from now on).</translation>
    </message>
    <message>
        <source>The output contains %1 (U+%2), which the encoding %3 cannot write; nothing was written. Use --encoding gb18030 or utf-8.</source>
        <translation>The output contains %1 (U+%2), which the encoding %3 cannot write; nothing was written. Use --encoding gb18030 or utf-8.</translation>
    </message>
    <message>
        <source>The start passphrase is set; the recovery code still opens the database too.</source>
        <translation>The start passphrase is set; the recovery code still opens the database too.</translation>
    </message>
    <message>
        <source>The store %1 was copied to %2: %3 rows in %4 s.</source>
        <translation>The store %1 was copied to %2: %3 rows in %4 s.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>There are no backups yet.</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>There is no database at %1.</translation>
    </message>
    <message>
        <source>There is no import to undo.</source>
        <translation>There is no import to undo.</translation>
    </message>
    <message>
        <source>This computer: signing key %1, encryption key %2.</source>
        <translation>This computer: signing key %1, encryption key %2.</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>This would revoke %1 for good: what the office holds of it stays, everything else it wrote or writes is refused everywhere. Run again with --yes to do it.</source>
        <translation>This would revoke %1 for good: what the office holds of it stays, everything else it wrote or writes is refused everywhere. Run again with --yes to do it.</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Unencrypted bundles are now allowed on this computer. Use this only for trials.</source>
        <translation>Unencrypted bundles are now allowed on this computer. Use this only for trials.</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Wrote %1</translation>
    </message>
    <message>
        <source>Wrote %1: %2 ops, %3 bytes.</source>
        <translation>Wrote %1: %2 ops, %3 bytes.</translation>
    </message>
    <message>
        <source>Wrote the deployment file %1. Keep it safe: it holds the deployment key.</source>
        <translation>Wrote the deployment file %1. Keep it safe: it holds the deployment key.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>a start passphrase is set</source>
        <translation>a start passphrase is set</translation>
    </message>
    <message>
        <source>already held (nothing new)</source>
        <translation>already held (nothing new)</translation>
    </message>
    <message>
        <source>bad arguments: %1 (see lishui --help)</source>
        <translation>bad arguments: %1 (see lishui --help)</translation>
    </message>
    <message>
        <source>cannot use the file %1: %2</source>
        <translation>cannot use the file %1: %2</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflict</translation>
    </message>
    <message>
        <source>count LEDGER [FIELD=VALUE ...] [date=FIELD] [in_force] [min_months=N] [max_months=N] [distinct=WHAT]</source>
        <translation>count LEDGER [FIELD=VALUE ...] [date=FIELD] [in_force] [min_months=N] [max_months=N] [distinct=WHAT]</translation>
    </message>
    <message>
        <source>details</source>
        <translation>details</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>duplicate</translation>
    </message>
    <message>
        <source>edit of a deleted record</source>
        <translation>edit of a deleted record</translation>
    </message>
    <message>
        <source>entered twice</source>
        <translation>entered twice</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>imported</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrupted</translation>
    </message>
    <message>
        <source>it opens with the start passphrase</source>
        <translation>it opens with the start passphrase</translation>
    </message>
    <message>
        <source>its key is in this computer's credential store</source>
        <translation>its key is in this computer's credential store</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>no command given (see lishui --help)</source>
        <translation>no command given (see lishui --help)</translation>
    </message>
    <message>
        <source>not a month: %1 (use YYYY-MM)</source>
        <translation>not a month: %1 (use YYYY-MM)</translation>
    </message>
    <message>
        <source>not a year: %1 (use YYYY)</source>
        <translation>not a year: %1 (use YYYY)</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>possible duplicate</source>
        <translation>possible duplicate</translation>
    </message>
    <message>
        <source>preview (nothing written)</source>
        <translation>preview (nothing written)</translation>
    </message>
    <message>
        <source>quarantined bundle</source>
        <translation>quarantined bundle</translation>
    </message>
    <message>
        <source>record</source>
        <translation>record</translation>
    </message>
    <message>
        <source>refused fork</source>
        <translation>refused fork</translation>
    </message>
    <message>
        <source>sum LEDGER.MONEY_FIELD [FIELD=VALUE ...] [date=FIELD] [deadline=MM-DD or YEAR:MM-DD,*:MM-DD]</source>
        <translation>sum LEDGER.MONEY_FIELD [FIELD=VALUE ...] [date=FIELD] [deadline=MM-DD or YEAR:MM-DD,*:MM-DD]</translation>
    </message>
    <message>
        <source>table</source>
        <translation>table</translation>
    </message>
    <message>
        <source>the argument %1 is not valid text (UTF-8)</source>
        <translation>the argument %1 is not valid text (UTF-8)</translation>
    </message>
    <message>
        <source>the month %1 is not in the year %2</source>
        <translation>the month %1 is not in the year %2</translation>
    </message>
    <message>
        <source>the office can open it with its key</source>
        <translation>the office can open it with its key</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>unknown encoding %1</source>
        <translation>unknown encoding %1</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>updated</translation>
    </message>
    <message>
        <source>what</source>
        <translation>what</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>(laptop) install the new keys the office issued (key file)</source>
        <translation>(laptop) install the new keys the office issued (key file)</translation>
    </message>
    <message>
        <source>(laptop) write a reply file that registers this laptop</source>
        <translation>(laptop) write a reply file that registers this laptop</translation>
    </message>
    <message>
        <source>(office) encrypt a new office database too (field and lead ones always are)</source>
        <translation>(office) encrypt a new office database too (field and lead ones always are)</translation>
    </message>
    <message>
        <source>(office) issue a laptop from its reply file</source>
        <translation>(office) issue a laptop from its reply file</translation>
    </message>
    <message>
        <source>(office) open it with this office database's key</source>
        <translation>(office) open it with this office database's key</translation>
    </message>
    <message>
        <source>(office) what deployment files ask of new laptops</source>
        <translation>(office) what deployment files ask of new laptops</translation>
    </message>
    <message>
        <source>Excel templates, imports and exports</source>
        <translation>Excel templates, imports and exports</translation>
    </message>
    <message>
        <source>GB/T 2260 code (6 digits for a county, 9 for a town, 12 for a village)</source>
        <translation>GB/T 2260 code (6 digits for a county, 9 for a town, 12 for a village)</translation>
    </message>
    <message>
        <source>Lishui county (or its Sichuan partner)</source>
        <translation>Lishui county (or its Sichuan partner)</translation>
    </message>
    <message>
        <source>YYYY-MM: year to date at the end of that month, and what it added</source>
        <translation>YYYY-MM: year to date at the end of that month, and what it added</translation>
    </message>
    <message>
        <source>a Lishui county, 市本级, 全市, or a paired Sichuan county</source>
        <translation>a Lishui county, 市本级, 全市, or a paired Sichuan county</translation>
    </message>
    <message>
        <source>a Lishui or Sichuan county (name or code)</source>
        <translation>a Lishui or Sichuan county (name or code)</translation>
    </message>
    <message>
        <source>a new Sichuan partner county</source>
        <translation>a new Sichuan partner county</translation>
    </message>
    <message>
        <source>a new name or code (the old ones are kept in its history)</source>
        <translation>a new name or code (the old ones are kept in its history)</translation>
    </message>
    <message>
        <source>a new period of a pairing, with the same or a new partner</source>
        <translation>a new period of a pairing, with the same or a new partner</translation>
    </message>
    <message>
        <source>a new place</source>
        <translation>a new place</translation>
    </message>
    <message>
        <source>a new target row (a new target id needs --rule and --measure)</source>
        <translation>a new target row (a new target id needs --rule and --measure)</translation>
    </message>
    <message>
        <source>a pairing id, or a county for its county pairing</source>
        <translation>a pairing id, or a county for its county pairing</translation>
    </message>
    <message>
        <source>a passphrase at each start instead of the credential store</source>
        <translation>a passphrase at each start instead of the credential store</translation>
    </message>
    <message>
        <source>a place joins another (its records move)</source>
        <translation>a place joins another (its records move)</translation>
    </message>
    <message>
        <source>a year the row applies to</source>
        <translation>a year the row applies to</translation>
    </message>
    <message>
        <source>allow unencrypted bundles (trials only)</source>
        <translation>allow unencrypted bundles (trials only)</translation>
    </message>
    <message>
        <source>amount of data (1.0: about 20,000 records)</source>
        <translation>amount of data (1.0: about 20,000 records)</translation>
    </message>
    <message>
        <source>an empty PostgreSQL database's URL (postgresql://user@host/dbname), or a new database file</source>
        <translation>an empty PostgreSQL database's URL (postgresql://user@host/dbname), or a new database file</translation>
    </message>
    <message>
        <source>back up the database now (SQLite backup API, verified; a PostgreSQL store: pg_dump, verified)</source>
        <translation>back up the database now (SQLite backup API, verified; a PostgreSQL store: pg_dump, verified)</translation>
    </message>
    <message>
        <source>bundle files (.lsbundle), or folders holding them</source>
        <translation>bundle files (.lsbundle), or folders holding them</translation>
    </message>
    <message>
        <source>canonical dump of synced data, for comparing databases</source>
        <translation>canonical dump of synced data, for comparing databases</translation>
    </message>
    <message>
        <source>change a row's threshold, years, unit, name, wording or rule</source>
        <translation>change a row's threshold, years, unit, name, wording or rule</translation>
    </message>
    <message>
        <source>check and count only; change nothing</source>
        <translation>check and count only; change nothing</translation>
    </message>
    <message>
        <source>consolidated sheet of every county</source>
        <translation>consolidated sheet of every county</translation>
    </message>
    <message>
        <source>copy this office (or lead) store into an empty PostgreSQL database or a new database file, and prove the copy (dump --json of both equal)</source>
        <translation>copy this office (or lead) store into an empty PostgreSQL database or a new database file, and prove the copy (dump --json of both equal)</translation>
    </message>
    <message>
        <source>counting rule, e.g. "sum events.amount kind=sale" (see targets rules)</source>
        <translation>counting rule, e.g. "sum events.amount kind=sale" (see targets rules)</translation>
    </message>
    <message>
        <source>county (each county), city (市本级) or total (全市)</source>
        <translation>county (each county), city (市本级) or total (全市)</translation>
    </message>
    <message>
        <source>create and stamp a database (device id, role)</source>
        <translation>create and stamp a database (device id, role)</translation>
    </message>
    <message>
        <source>create, list and restore verified backups</source>
        <translation>create, list and restore verified backups</translation>
    </message>
    <message>
        <source>deployment (enrolment) file from the office</source>
        <translation>deployment (enrolment) file from the office</translation>
    </message>
    <message>
        <source>do it (without: only say what it would do)</source>
        <translation>do it (without: only say what it would do)</translation>
    </message>
    <message>
        <source>do it (without: only say what it would undo)</source>
        <translation>do it (without: only say what it would undo)</translation>
    </message>
    <message>
        <source>drop a quarantined bundle</source>
        <translation>drop a quarantined bundle</translation>
    </message>
    <message>
        <source>e.g. 四川省广元市旺苍县 (default: the parent's and the name)</source>
        <translation>e.g. 四川省广元市旺苍县 (default: the parent's and the name)</translation>
    </message>
    <message>
        <source>encoding of redirected or piped output (default utf-8, no BOM; e.g. gbk, gb18030, utf-8-sig); a console always gets Unicode</source>
        <translation>encoding of redirected or piped output (default utf-8, no BOM; e.g. gbk, gb18030, utf-8-sig); a console always gets Unicode</translation>
    </message>
    <message>
        <source>encrypt a plain database (verified copy; plain file and backups removed)</source>
        <translation>encrypt a plain database (verified copy; plain file and backups removed)</translation>
    </message>
    <message>
        <source>encryption of the database file: status, encrypt, decrypt, unlock</source>
        <translation>encryption of the database file: status, encrypt, decrypt, unlock</translation>
    </message>
    <message>
        <source>every change, not only what is new</source>
        <translation>every change, not only what is new</translation>
    </message>
    <message>
        <source>every issued device: role, issuer, issue time, revoked</source>
        <translation>every issued device: role, issuer, issue time, revoked</translation>
    </message>
    <message>
        <source>export a ledger</source>
        <translation>export a ledger</translation>
    </message>
    <message>
        <source>export or import sync bundle files</source>
        <translation>export or import sync bundle files</translation>
    </message>
    <message>
        <source>field (a field cadre's laptop, the default), lead or office; with --join the file decides</source>
        <translation>field (a field cadre's laptop, the default), lead or office; with --join the file decides</translation>
    </message>
    <message>
        <source>fill an empty database with realistic synthetic data</source>
        <translation>fill an empty database with realistic synthetic data</translation>
    </message>
    <message>
        <source>first day of the new period</source>
        <translation>first day of the new period</translation>
    </message>
    <message>
        <source>first year</source>
        <translation>first year</translation>
    </message>
    <message>
        <source>from this day (default today)</source>
        <translation>from this day (default today)</translation>
    </message>
    <message>
        <source>give an issued device another role; it takes it from the office's next bundle</source>
        <translation>give an issued device another role; it takes it from the office's next bundle</translation>
    </message>
    <message>
        <source>give the office a key to laptops' databases</source>
        <translation>give the office a key to laptops' databases</translation>
    </message>
    <message>
        <source>import a quarantined bundle despite its clock</source>
        <translation>import a quarantined bundle despite its clock</translation>
    </message>
    <message>
        <source>import a workbook (all rows or none)</source>
        <translation>import a workbook (all rows or none)</translation>
    </message>
    <message>
        <source>is the database encrypted, and where is its key kept</source>
        <translation>is the database encrypted, and where is its key kept</translation>
    </message>
    <message>
        <source>issue a new laptop: its deployment file</source>
        <translation>issue a new laptop: its deployment file</translation>
    </message>
    <message>
        <source>issued devices: list, issue, renew keys, revoke (office)</source>
        <translation>issued devices: list, issue, renew keys, revoke (office)</translation>
    </message>
    <message>
        <source>its name, e.g. 嘉川镇</source>
        <translation>its name, e.g. 嘉川镇</translation>
    </message>
    <message>
        <source>key fingerprints of this computer and the known devices</source>
        <translation>key fingerprints of this computer and the known devices</translation>
    </message>
    <message>
        <source>labor placement register of a county for a period</source>
        <translation>labor placement register of a county for a period</translation>
    </message>
    <message>
        <source>language of messages: zh_CN (Chinese, the default) or en (English)</source>
        <translation>language of messages: zh_CN (Chinese, the default) or en (English)</translation>
    </message>
    <message>
        <source>last day of the new period</source>
        <translation>last day of the new period</translation>
    </message>
    <message>
        <source>last year (default: the first)</source>
        <translation>last year (default: the first)</translation>
    </message>
    <message>
        <source>lishui or sichuan</source>
        <translation>lishui or sichuan</translation>
    </message>
    <message>
        <source>lishui-desktop on the command line: the same records and rules as the window. Exit codes: 0 done, 1 a check found damage, 2 bad input (one line on stderr).</source>
        <translation>lishui-desktop on the command line: the same records and rules as the window. Exit codes: 0 done, 1 a check found damage, 2 bad input (one line on stderr).</translation>
    </message>
    <message>
        <source>list the backups, newest first</source>
        <translation>list the backups, newest first</translation>
    </message>
    <message>
        <source>list what a person must decide</source>
        <translation>list what a person must decide</translation>
    </message>
    <message>
        <source>list, add, change and end targets and their counting rules</source>
        <translation>list, add, change and end targets and their counting rules</translation>
    </message>
    <message>
        <source>list, add, rename, merge and retire places</source>
        <translation>list, add, rename, merge and retire places</translation>
    </message>
    <message>
        <source>merge people entered twice into one</source>
        <translation>merge people entered twice into one</translation>
    </message>
    <message>
        <source>merge records entered twice (sessions, placements, pairings...) into one</source>
        <translation>merge records entered twice (sessions, placements, pairings...) into one</translation>
    </message>
    <message>
        <source>monthly sheet of a county, or of every county (--all)</source>
        <translation>monthly sheet of a county, or of every county (--all)</translation>
    </message>
    <message>
        <source>name of this laptop, e.g. 平昌-01</source>
        <translation>name of this laptop, e.g. 平昌-01</translation>
    </message>
    <message>
        <source>new keys for a device: a key file it installs</source>
        <translation>new keys for a device: a key file it installs</translation>
    </message>
    <message>
        <source>no longer offered for new records (records stay)</source>
        <translation>no longer offered for new records (records stay)</translation>
    </message>
    <message>
        <source>offer it again</source>
        <translation>offer it again</translation>
    </message>
    <message>
        <source>on: allow them; off: encrypted bundles only</source>
        <translation>on: allow them; off: encrypted bundles only</translation>
    </message>
    <message>
        <source>only records of this year</source>
        <translation>only records of this year</translation>
    </message>
    <message>
        <source>only the rows that apply to this year</source>
        <translation>only the rows that apply to this year</translation>
    </message>
    <message>
        <source>open with the recovery code (or the office's key) and keep the key here</source>
        <translation>open with the recovery code (or the office's key) and keep the key here</translation>
    </message>
    <message>
        <source>pairing list laid out as the seed's annex</source>
        <translation>pairing list laid out as the seed's annex</translation>
    </message>
    <message>
        <source>pairing periods: renew a pairing for a new period</source>
        <translation>pairing periods: renew a pairing for a new period</translation>
    </message>
    <message>
        <source>preview or import bundle files, each in one transaction</source>
        <translation>preview or import bundle files, each in one transaction</translation>
    </message>
    <message>
        <source>print a form as PDF</source>
        <translation>print a form as PDF</translation>
    </message>
    <message>
        <source>print full resident IDs and phones (recorded)</source>
        <translation>print full resident IDs and phones (recorded)</translation>
    </message>
    <message>
        <source>print the records of a ledger</source>
        <translation>print the records of a ledger</translation>
    </message>
    <message>
        <source>print the result as JSON, for scripts</source>
        <translation>print the result as JSON, for scripts</translation>
    </message>
    <message>
        <source>progress against the targets for a year</source>
        <translation>progress against the targets for a year</translation>
    </message>
    <message>
        <source>protect the decryption key with a passphrase</source>
        <translation>protect the decryption key with a passphrase</translation>
    </message>
    <message>
        <source>quick_check, foreign_key_check and values changed outside the program; exit 1 if any</source>
        <translation>quick_check, foreign_key_check and values changed outside the program; exit 1 if any</translation>
    </message>
    <message>
        <source>random seed (same seed, same data)</source>
        <translation>random seed (same seed, same data)</translation>
    </message>
    <message>
        <source>restore a backup (the current database is kept as a backup)</source>
        <translation>restore a backup (the current database is kept as a backup)</translation>
    </message>
    <message>
        <source>revoke a device (a lost laptop): its later changes are refused</source>
        <translation>revoke a device (a lost laptop): its later changes are refused</translation>
    </message>
    <message>
        <source>roster of a training session</source>
        <translation>roster of a training session</translation>
    </message>
    <message>
        <source>row id, or target id with --scope and --year</source>
        <translation>row id, or target id with --scope and --year</translation>
    </message>
    <message>
        <source>session id (or a unique prefix)</source>
        <translation>session id (or a unique prefix)</translation>
    </message>
    <message>
        <source>set a start passphrase (for a computer without a credential store)</source>
        <translation>set a start passphrase (for a computer without a credential store)</translation>
    </message>
    <message>
        <source>settle a field in conflict (a new edit that syncs)</source>
        <translation>settle a field in conflict (a new edit that syncs)</translation>
    </message>
    <message>
        <source>show full resident IDs and phones</source>
        <translation>show full resident IDs and phones</translation>
    </message>
    <message>
        <source>show what would change; write nothing</source>
        <translation>show what would change; write nothing</translation>
    </message>
    <message>
        <source>sign-in sheet of a training session</source>
        <translation>sign-in sheet of a training session</translation>
    </message>
    <message>
        <source>take the decryption key back from a paper backup</source>
        <translation>take the decryption key back from a paper backup</translation>
    </message>
    <message>
        <source>target id, e.g. training.wealth_leaders or industry.consumer_sales</source>
        <translation>target id, e.g. training.wealth_leaders or industry.consumer_sales</translation>
    </message>
    <message>
        <source>targets for a year copied from the year before</source>
        <translation>targets for a year copied from the year before</translation>
    </message>
    <message>
        <source>the .xlsx file to write</source>
        <translation>the .xlsx file to write</translation>
    </message>
    <message>
        <source>the Lishui county</source>
        <translation>the Lishui county</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>the PDF file to write</translation>
    </message>
    <message>
        <source>the Sichuan side's name, if not the partner's full name</source>
        <translation>the Sichuan side's name, if not the partner's full name</translation>
    </message>
    <message>
        <source>the agreement it rests on (its title)</source>
        <translation>the agreement it rests on (its title)</translation>
    </message>
    <message>
        <source>the backup's id, as `lishui backup list` shows it</source>
        <translation>the backup's id, as `lishui backup list` shows it</translation>
    </message>
    <message>
        <source>the bundle file, or a folder to name it in</source>
        <translation>the bundle file, or a folder to name it in</translation>
    </message>
    <message>
        <source>the chosen value as JSON, e.g. '"张三"' or 3</source>
        <translation>the chosen value as JSON, e.g. '"张三"' or 3</translation>
    </message>
    <message>
        <source>the database file, or a PostgreSQL store's URL (default: LISHUI_DB, else the user's data folder)</source>
        <translation>the database file, or a PostgreSQL store's URL (default: LISHUI_DB, else the user's data folder)</translation>
    </message>
    <message>
        <source>the day of the change (default today)</source>
        <translation>the day of the change (default today)</translation>
    </message>
    <message>
        <source>the day of the merger (default today)</source>
        <translation>the day of the merger (default today)</translation>
    </message>
    <message>
        <source>the deployment file for that laptop</source>
        <translation>the deployment file for that laptop</translation>
    </message>
    <message>
        <source>the deployment file to write</source>
        <translation>the deployment file to write</translation>
    </message>
    <message>
        <source>the field in conflict</source>
        <translation>the field in conflict</translation>
    </message>
    <message>
        <source>the ids of the same person's records; the first is kept</source>
        <translation>the ids of the same person's records; the first is kept</translation>
    </message>
    <message>
        <source>the ids of the same record entered twice; the first is kept</source>
        <translation>the ids of the same record entered twice; the first is kept</translation>
    </message>
    <message>
        <source>the key file for that laptop</source>
        <translation>the key file for that laptop</translation>
    </message>
    <message>
        <source>the key file from the office</source>
        <translation>the key file from the office</translation>
    </message>
    <message>
        <source>the laptop it is for (e.g. 平昌-01): the office issues it</source>
        <translation>the laptop it is for (e.g. 平昌-01): the office issues it</translation>
    </message>
    <message>
        <source>the laptop's name, e.g. 平昌-01</source>
        <translation>the laptop's name, e.g. 平昌-01</translation>
    </message>
    <message>
        <source>the last year it applies to</source>
        <translation>the last year it applies to</translation>
    </message>
    <message>
        <source>the ledger, as `lishui conflicts list` shows it in brackets (e.g. projects)</source>
        <translation>the ledger, as `lishui conflicts list` shows it in brackets (e.g. projects)</translation>
    </message>
    <message>
        <source>the ledger: %1</source>
        <translation>the ledger: %1</translation>
    </message>
    <message>
        <source>the ledgers, filters and fields a counting rule may use</source>
        <translation>the ledgers, filters and fields a counting rule may use</translation>
    </message>
    <message>
        <source>the level: %1</source>
        <translation>the level: %1</translation>
    </message>
    <message>
        <source>the month, e.g. 2019-10</source>
        <translation>the month, e.g. 2019-10</translation>
    </message>
    <message>
        <source>the new code</source>
        <translation>the new code</translation>
    </message>
    <message>
        <source>the new full name</source>
        <translation>the new full name</translation>
    </message>
    <message>
        <source>the new name</source>
        <translation>the new name</translation>
    </message>
    <message>
        <source>the new role: field (a field cadre's laptop), lead (a working-group lead) or office</source>
        <translation>the new role: field (a field cadre's laptop), lead (a working-group lead) or office</translation>
    </message>
    <message>
        <source>the new year, e.g. 2020</source>
        <translation>the new year, e.g. 2020</translation>
    </message>
    <message>
        <source>the office's deployment file for new laptops</source>
        <translation>the office's deployment file for new laptops</translation>
    </message>
    <message>
        <source>the office's store: move it to a PostgreSQL server, or back to a file</source>
        <translation>the office's store: move it to a PostgreSQL server, or back to a file</translation>
    </message>
    <message>
        <source>the paper backup typed back into a text file</source>
        <translation>the paper backup typed back into a text file</translation>
    </message>
    <message>
        <source>the period's first day</source>
        <translation>the period's first day</translation>
    </message>
    <message>
        <source>the period's last day</source>
        <translation>the period's last day</translation>
    </message>
    <message>
        <source>the person using this laptop (recorded in history)</source>
        <translation>the person using this laptop (recorded in history)</translation>
    </message>
    <message>
        <source>the place it belongs to (a town's county, a county's city)</source>
        <translation>the place it belongs to (a town's county, a county's city)</translation>
    </message>
    <message>
        <source>the place it joins</source>
        <translation>the place it joins</translation>
    </message>
    <message>
        <source>the place: its name, full name or code</source>
        <translation>the place: its name, full name or code</translation>
    </message>
    <message>
        <source>the places (counties, towns, villages, schools, hospitals)</source>
        <translation>the places (counties, towns, villages, schools, hospitals)</translation>
    </message>
    <message>
        <source>the plain copy to write (a new file)</source>
        <translation>the plain copy to write (a new file)</translation>
    </message>
    <message>
        <source>the quarantined bundle's number in `lishui conflicts list`</source>
        <translation>the quarantined bundle's number in `lishui conflicts list`</translation>
    </message>
    <message>
        <source>the recipient: a device's name or id (default: the office)</source>
        <translation>the recipient: a device's name or id (default: the office)</translation>
    </message>
    <message>
        <source>the record's id</source>
        <translation>the record's id</translation>
    </message>
    <message>
        <source>the reply file the laptop wrote</source>
        <translation>the reply file the laptop wrote</translation>
    </message>
    <message>
        <source>the reply file to write; give it to the office</source>
        <translation>the reply file to write; give it to the office</translation>
    </message>
    <message>
        <source>the review queue: conflicts, deleted edits, duplicates</source>
        <translation>the review queue: conflicts, deleted edits, duplicates</translation>
    </message>
    <message>
        <source>the role: field (a field cadre's laptop, the default), lead (a working-group lead) or office</source>
        <translation>the role: field (a field cadre's laptop, the default), lead (a working-group lead) or office</translation>
    </message>
    <message>
        <source>the row no longer applies after a year</source>
        <translation>the row no longer applies after a year</translation>
    </message>
    <message>
        <source>the table, as `lishui conflicts list --json` names it</source>
        <translation>the table, as `lishui conflicts list --json` names it</translation>
    </message>
    <message>
        <source>the target rows (of one year)</source>
        <translation>the target rows (of one year)</translation>
    </message>
    <message>
        <source>the target value</source>
        <translation>the target value</translation>
    </message>
    <message>
        <source>the target's name</source>
        <translation>the target's name</translation>
    </message>
    <message>
        <source>the text file to write (print it, then delete it)</source>
        <translation>the text file to write (print it, then delete it)</translation>
    </message>
    <message>
        <source>the unit: %1 (or 个, 人, 人次, 元, 万元, 次, 家)</source>
        <translation>the unit: %1 (or 个, 人, 人次, 元, 万元, 次, 家)</translation>
    </message>
    <message>
        <source>the words of the document that sets it</source>
        <translation>the words of the document that sets it</translation>
    </message>
    <message>
        <source>the workbook to read: .xlsx, .xls, .et, .xlsb, .ods or .csv (the kind is read from the content)</source>
        <translation>the workbook to read: .xlsx, .xls, .et, .xlsb, .ods or .csv (the kind is read from the content)</translation>
    </message>
    <message>
        <source>this computer's keys: passphrase, paper backup, known devices</source>
        <translation>this computer's keys: passphrase, paper backup, known devices</translation>
    </message>
    <message>
        <source>trainees: the Lishui county or 市本级 that organised it</source>
        <translation>trainees: the Lishui county or 市本级 that organised it</translation>
    </message>
    <message>
        <source>trainees: the session's category (农村致富带头人, 贫困村干部 …)</source>
        <translation>trainees: the session's category (农村致富带头人, 贫困村干部 …)</translation>
    </message>
    <message>
        <source>trainees: the session's first day (2019-03-01)</source>
        <translation>trainees: the session's first day (2019-03-01)</translation>
    </message>
    <message>
        <source>trainees: the session's last day</source>
        <translation>trainees: the session's last day</translation>
    </message>
    <message>
        <source>trainees: the session's title, for sheets without one</source>
        <translation>trainees: the session's title, for sheets without one</translation>
    </message>
    <message>
        <source>trainees: where it took place</source>
        <translation>trainees: where it took place</translation>
    </message>
    <message>
        <source>undelete a record deleted on one computer while edited on another</source>
        <translation>undelete a record deleted on one computer while edited on another</translation>
    </message>
    <message>
        <source>undo the last import from its pre-import backup</source>
        <translation>undo the last import from its pre-import backup</translation>
    </message>
    <message>
        <source>where to write the marked copy (default NAME.errors.xlsx)</source>
        <translation>where to write the marked copy (default NAME.errors.xlsx)</translation>
    </message>
    <message>
        <source>write a blank template</source>
        <translation>write a blank template</translation>
    </message>
    <message>
        <source>write a bundle of what the recipient lacks</source>
        <translation>write a bundle of what the recipient lacks</translation>
    </message>
    <message>
        <source>write a deployment file (key and reference data)</source>
        <translation>write a deployment file (key and reference data)</translation>
    </message>
    <message>
        <source>write a plain copy for a support case (audited)</source>
        <translation>write a plain copy for a support case (audited)</translation>
    </message>
    <message>
        <source>write full resident IDs and phones</source>
        <translation>write full resident IDs and phones</translation>
    </message>
    <message>
        <source>write the private keys as text to print and lock away</source>
        <translation>write the private keys as text to print and lock away</translation>
    </message>
    <message>
        <source>year, e.g. 2019</source>
        <translation>year, e.g. 2019</translation>
    </message>
</context>
<context>
    <name>CliMetavar</name>
    <message>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <source>AGREEMENT</source>
        <translation>AGREEMENT</translation>
    </message>
    <message>
        <source>CATEGORY</source>
        <translation>CATEGORY</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>COLUMN</source>
        <translation>COLUMN</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>COMMAND</translation>
    </message>
    <message>
        <source>COUNTY</source>
        <translation>COUNTY</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>DB</source>
        <translation>DB</translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation>DEVICE</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>FILE.pdf</source>
        <translation>FILE.pdf</translation>
    </message>
    <message>
        <source>FULL_NAME</source>
        <translation>FULL_NAME</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>LEVEL</translation>
    </message>
    <message>
        <source>MEASURE</source>
        <translation>MEASURE</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>ORGANISER</source>
        <translation>ORGANISER</translation>
    </message>
    <message>
        <source>PAIRING</source>
        <translation>PAIRING</translation>
    </message>
    <message>
        <source>PARENT</source>
        <translation>PARENT</translation>
    </message>
    <message>
        <source>PARTNER</source>
        <translation>PARTNER</translation>
    </message>
    <message>
        <source>PARTY</source>
        <translation>PARTY</translation>
    </message>
    <message>
        <source>PLACE</source>
        <translation>PLACE</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>ROW</source>
        <translation>ROW</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>RULE</translation>
    </message>
    <message>
        <source>SCALE</source>
        <translation>SCALE</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>SCOPE</translation>
    </message>
    <message>
        <source>SEED</source>
        <translation>SEED</translation>
    </message>
    <message>
        <source>SIDE</source>
        <translation>SIDE</translation>
    </message>
    <message>
        <source>TABLE</source>
        <translation>TABLE</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>TARGET</translation>
    </message>
    <message>
        <source>THRESHOLD</source>
        <translation>THRESHOLD</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITLE</translation>
    </message>
    <message>
        <source>UNIT</source>
        <translation>UNIT</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALUE</translation>
    </message>
    <message>
        <source>WORDING</source>
        <translation>WORDING</translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation>YEAR</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
</context>
<context>
    <name>CountyModel</name>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Seed wording</source>
        <translation>Seed wording</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Year to date / target</source>
        <translation>Year to date / target</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Whole city</source>
        <translation>Whole city</translation>
    </message>
</context>
<context>
    <name>DashboardModel</name>
    <message>
        <source>10,000 yuan</source>
        <translation>10,000 yuan</translation>
    </message>
    <message>
        <source>Added this month: %1</source>
        <translation>Added this month: %1</translation>
    </message>
    <message>
        <source>Click to open the records behind this figure.</source>
        <translation>Click to open the records behind this figure.</translation>
    </message>
    <message>
        <source>Year to date %1 of %2; missing %3</source>
        <translation>Year to date %1 of %2; missing %3</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>%1 of %2 targets met</source>
        <translation>%1 of %2 targets met</translation>
    </message>
    <message>
        <source>+N added in the month</source>
        <translation>+N added in the month</translation>
    </message>
    <message>
        <source>All counties</source>
        <translation>All counties</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>Edit thresholds and years, add targets for a new year</source>
        <translation>Edit thresholds and years, add targets for a new year</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>Month %1</translation>
    </message>
    <message>
        <source>No targets for %1. Add them with Targets…</source>
        <translation>No targets for %1. Add them with Targets…</translation>
    </message>
    <message>
        <source>Progress against the targets</source>
        <translation>Progress against the targets</translation>
    </message>
    <message>
        <source>Targets…</source>
        <translation>Targets…</translation>
    </message>
    <message>
        <source>View</source>
        <translation>View</translation>
    </message>
    <message>
        <source>Whole year</source>
        <translation>Whole year</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>behind</translation>
    </message>
    <message>
        <source>met</source>
        <translation>met</translation>
    </message>
    <message>
        <source>on track for the month</source>
        <translation>on track for the month</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is a store on a PostgreSQL server; this command works only on a database file.</source>
        <translation>%1 is a store on a PostgreSQL server; this command works only on a database file.</translation>
    </message>
    <message>
        <source>Cannot open the PostgreSQL store %1: %2</source>
        <translation>Cannot open the PostgreSQL store %1: %2</translation>
    </message>
    <message>
        <source>The database address %1 is not a valid PostgreSQL URL.</source>
        <translation>The database address %1 is not a valid PostgreSQL URL.</translation>
    </message>
    <message>
        <source>The database address %1 names no database.</source>
        <translation>The database address %1 names no database.</translation>
    </message>
    <message>
        <source>The database address may not contain a password (it would stay in the shell history and the log). Put it in ~/.pgpass or a PostgreSQL service file.</source>
        <translation>The database address may not contain a password (it would stay in the shell history and the log). Put it in ~/.pgpass or a PostgreSQL service file.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of the program (schema %1). Install the newer version to open it; the file has not been changed.</source>
        <translation>This database was written by a newer version of the program (schema %1). Install the newer version to open it; the file has not been changed.</translation>
    </message>
    <message>
        <source>Waiting for %1's changes to be saved…</source>
        <translation>Waiting for %1's changes to be saved…</translation>
    </message>
    <message>
        <source>Waiting for %1's import…</source>
        <translation>Waiting for %1's import…</translation>
    </message>
    <message>
        <source>Waiting for another person's work on this store…</source>
        <translation>Waiting for another person's work on this store…</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>The database has no county pairings to fill.</source>
        <translation>The database has no county pairings to fill.</translation>
    </message>
    <message>
        <source>This database already holds records; demo data is only added to an empty database. Use a new file, e.g. lishui --db demo.sqlite3 demo.</source>
        <translation>This database already holds records; demo data is only added to an empty database. Use a new file, e.g. lishui --db demo.sqlite3 demo.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <source>Bring it back</source>
        <translation>Bring it back</translation>
    </message>
    <message>
        <source>Some typing is not saved:
%1
Save it before closing?</source>
        <translation>Some typing is not saved:
%1
Save it before closing?</translation>
    </message>
    <message>
        <source>Throw it away</source>
        <translation>Throw it away</translation>
    </message>
    <message>
        <source>Typing that was not saved last time was kept:
%1
Bring it back?</source>
        <translation>Typing that was not saved last time was kept:
%1
Bring it back?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Unsaved typing from last time</source>
        <translation>Unsaved typing from last time</translation>
    </message>
</context>
<context>
    <name>Encryption</name>
    <message>
        <source>%1 already exists; choose a new file name.</source>
        <translation>%1 already exists; choose a new file name.</translation>
    </message>
    <message>
        <source>The converted copy did not match the database (%1); nothing was changed.</source>
        <translation>The converted copy did not match the database (%1); nothing was changed.</translation>
    </message>
    <message>
        <source>The database %1 is already encrypted.</source>
        <translation>The database %1 is already encrypted.</translation>
    </message>
    <message>
        <source>The database %1 is encrypted and this computer does not hold its key. Enter the recovery code printed on the paper key backup (lishui db unlock), or ask the office.</source>
        <translation>The database %1 is encrypted and this computer does not hold its key. Enter the recovery code printed on the paper key backup (lishui db unlock), or ask the office.</translation>
    </message>
    <message>
        <source>The database %1 is encrypted and this computer has no credential store to keep its key (on Linux: the desktop's Secret Service). Enter the recovery code from the paper key backup, or ask the office.</source>
        <translation>The database %1 is encrypted and this computer has no credential store to keep its key (on Linux: the desktop's Secret Service). Enter the recovery code from the paper key backup, or ask the office.</translation>
    </message>
    <message>
        <source>The database %1 is encrypted but its key file %2 is missing. Copy the key file together with the database (it is beside it in the data folder), or ask the office.</source>
        <translation>The database %1 is encrypted but its key file %2 is missing. Copy the key file together with the database (it is beside it in the data folder), or ask the office.</translation>
    </message>
    <message>
        <source>The database %1 is encrypted: enter its start passphrase, or the recovery code from the paper key backup.</source>
        <translation>The database %1 is encrypted: enter its start passphrase, or the recovery code from the paper key backup.</translation>
    </message>
    <message>
        <source>The database %1 is not encrypted.</source>
        <translation>The database %1 is not encrypted.</translation>
    </message>
    <message>
        <source>The database is damaged (%1), so it was not encrypted. Restore a good backup first (lishui backup list).</source>
        <translation>The database is damaged (%1), so it was not encrypted. Restore a good backup first (lishui backup list).</translation>
    </message>
    <message>
        <source>The key does not open this database: it belongs to another database or the file is damaged. Use the recovery code of this database's paper key backup, or ask the office.</source>
        <translation>The key does not open this database: it belongs to another database or the file is damaged. Use the recovery code of this database's paper key backup, or ask the office.</translation>
    </message>
    <message>
        <source>The key file %1 is damaged. Copy it again from a backup of this computer, or ask the office to open the database with its key.</source>
        <translation>The key file %1 is damaged. Copy it again from a backup of this computer, or ask the office to open the database with its key.</translation>
    </message>
    <message>
        <source>The key of the database %1 is not in this computer's credential store (the file comes from another computer, or the store was reset). Enter the recovery code from the paper key backup, or ask the office.</source>
        <translation>The key of the database %1 is not in this computer's credential store (the file comes from another computer, or the store was reset). Enter the recovery code from the paper key backup, or ask the office.</translation>
    </message>
    <message>
        <source>The office requires a start passphrase for this database: choose one (at least 8 characters; scripts: LISHUI_DB_PASSPHRASE).</source>
        <translation>The office requires a start passphrase for this database: choose one (at least 8 characters; scripts: LISHUI_DB_PASSPHRASE).</translation>
    </message>
    <message>
        <source>The office's key does not open this database: its key was not given to this office (the deployment did not ask for it). Use the laptop's recovery code.</source>
        <translation>The office's key does not open this database: its key was not given to this office (the deployment did not ask for it). Use the laptop's recovery code.</translation>
    </message>
    <message>
        <source>The recovery code is not complete or has a typing mistake; check every group of four against the paper key backup.</source>
        <translation>The recovery code is not complete or has a typing mistake; check every group of four against the paper key backup.</translation>
    </message>
    <message>
        <source>The start passphrase is wrong. Try again, or use the recovery code from the paper key backup.</source>
        <translation>The start passphrase is wrong. Try again, or use the recovery code from the paper key backup.</translation>
    </message>
    <message>
        <source>The start passphrase must have at least 8 characters.</source>
        <translation>The start passphrase must have at least 8 characters.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>There is no database at %1.</translation>
    </message>
    <message>
        <source>This computer has no credential store (on Linux: the Secret Service of the desktop, e.g. GNOME Keyring), so the database key cannot be kept without typing: choose a start passphrase of at least 8 characters, asked at each start (scripts: LISHUI_DB_PASSPHRASE).</source>
        <translation>This computer has no credential store (on Linux: the Secret Service of the desktop, e.g. GNOME Keyring), so the database key cannot be kept without typing: choose a start passphrase of at least 8 characters, asked at each start (scripts: LISHUI_DB_PASSPHRASE).</translation>
    </message>
    <message>
        <source>This database has no start passphrase; enter its recovery code from the paper key backup, or ask the office.</source>
        <translation>This database has no start passphrase; enter its recovery code from the paper key backup, or ask the office.</translation>
    </message>
    <message>
        <source>This recovery code belongs to another database. Use the paper key backup of the computer this database comes from, or ask the office.</source>
        <translation>This recovery code belongs to another database. Use the paper key backup of the computer this database comes from, or ask the office.</translation>
    </message>
</context>
<context>
    <name>Excel</name>
    <message>
        <source>%1 for the sheet %2: %3</source>
        <translation>%1 for the sheet %2: %3</translation>
    </message>
    <message>
        <source>%1 rows have %2 problems; nothing was imported.</source>
        <translation>%1 rows have %2 problems; nothing was imported.</translation>
    </message>
    <message>
        <source>%1 rows imported: %2 new, %3 updated, %4 unchanged.</source>
        <translation>%1 rows imported: %2 new, %3 updated, %4 unchanged.</translation>
    </message>
    <message>
        <source>%1 rows to import: %2 new, %3 updated, %4 unchanged.</source>
        <translation>%1 rows to import: %2 new, %3 updated, %4 unchanged.</translation>
    </message>
    <message>
        <source>18 characters; type it in a cell formatted as text, never as a number.</source>
        <translation>18 characters; type it in a cell formatted as text, never as a number.</translation>
    </message>
    <message>
        <source>A date on or after the start date; leave empty if still going on.</source>
        <translation>A date on or after the start date; leave empty if still going on.</translation>
    </message>
    <message>
        <source>A date such as 2019-03-01 (2019/3/1, 2019.3.1 and 2019年3月1日 are read too).</source>
        <translation>A date such as 2019-03-01 (2019/3/1, 2019.3.1 and 2019年3月1日 are read too).</translation>
    </message>
    <message>
        <source>A date such as 2019-03-01.</source>
        <translation>A date such as 2019-03-01.</translation>
    </message>
    <message>
        <source>A date such as 2019-03-31.</source>
        <translation>A date such as 2019-03-31.</translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters with a valid check character.</source>
        <translation>A unified social credit code has 18 characters with a valid check character.</translation>
    </message>
    <message>
        <source>A whole number.</source>
        <translation>A whole number.</translation>
    </message>
    <message>
        <source>Also accepted as header</source>
        <translation>Also accepted as header</translation>
    </message>
    <message>
        <source>An 11-digit mobile number or a landline with area code.</source>
        <translation>An 11-digit mobile number or a landline with area code.</translation>
    </message>
    <message>
        <source>An area and a name, such as training.wealth_leaders or industry.consumer_sales.</source>
        <translation>An area and a name, such as training.wealth_leaders or industry.consumer_sales.</translation>
    </message>
    <message>
        <source>Anything else worth keeping.</source>
        <translation>Anything else worth keeping.</translation>
    </message>
    <message>
        <source>Backing up the database</source>
        <translation>Backing up the database</translation>
    </message>
    <message>
        <source>Checking %1 rows</source>
        <translation>Checking %1 rows</translation>
    </message>
    <message>
        <source>Choose a value from the list.</source>
        <translation>Choose a value from the list.</translation>
    </message>
    <message>
        <source>Choose from the list.</source>
        <translation>Choose from the list.</translation>
    </message>
    <message>
        <source>Choose from the list; empty means active.</source>
        <translation>Choose from the list; empty means active.</translation>
    </message>
    <message>
        <source>Choose one of: %1.</source>
        <translation>Choose one of: %1.</translation>
    </message>
    <message>
        <source>City or county where the work is.</source>
        <translation>City or county where the work is.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Columns may be in any order; other columns are ignored; empty rows are skipped.</source>
        <translation>Columns may be in any order; other columns are ignored; empty rows are skipped.</translation>
    </message>
    <message>
        <source>Comparing with the database</source>
        <translation>Comparing with the database</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Every sheet of this workbook is hidden (%1); show the roster's sheet and save it again.</source>
        <translation>Every sheet of this workbook is hidden (%1); show the roster's sheet and save it again.</translation>
    </message>
    <message>
        <source>Filled in by exports: the record this row updates. Leave it empty for new rows; never copy it to another row.</source>
        <translation>Filled in by exports: the record this row updates. Leave it empty for new rows; never copy it to another row.</translation>
    </message>
    <message>
        <source>Former names and codes (written by exports; not read).</source>
        <translation>Former names and codes (written by exports; not read).</translation>
    </message>
    <message>
        <source>Full name.</source>
        <translation>Full name.</translation>
    </message>
    <message>
        <source>Hidden sheets, not read: %1.</source>
        <translation>Hidden sheets, not read: %1.</translation>
    </message>
    <message>
        <source>How it is counted, such as sum events.amount kind=sale (empty: as the target id counts).</source>
        <translation>How it is counted, such as sum events.amount kind=sale (empty: as the target id counts).</translation>
    </message>
    <message>
        <source>How to fill in</source>
        <translation>How to fill in</translation>
    </message>
    <message>
        <source>How to fill in the sheet %1</source>
        <translation>How to fill in the sheet %1</translation>
    </message>
    <message>
        <source>If any row has a problem nothing is imported, and a copy of the file comes back with each problem marked.</source>
        <translation>If any row has a problem nothing is imported, and a copy of the file comes back with each problem marked.</translation>
    </message>
    <message>
        <source>Importing row %1 of %2</source>
        <translation>Importing row %1 of %2</translation>
    </message>
    <message>
        <source>No sheet of this workbook has the expected column headers (%1).</source>
        <translation>No sheet of this workbook has the expected column headers (%1).</translation>
    </message>
    <message>
        <source>One row per record; the second row explains each column and is skipped on import.</source>
        <translation>One row per record; the second row explains each column and is skipped on import.</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Optional: from this day the place is no longer offered for new records.</source>
        <translation>Optional: from this day the place is no longer offered for new records.</translation>
    </message>
    <message>
        <source>Optional: hours of training.</source>
        <translation>Optional: hours of training.</translation>
    </message>
    <message>
        <source>Optional: industry.</source>
        <translation>Optional: industry.</translation>
    </message>
    <message>
        <source>Optional: such as 四川省广元市旺苍县.</source>
        <translation>Optional: such as 四川省广元市旺苍县.</translation>
    </message>
    <message>
        <source>Optional: the GB/T 2260 code (6 digits for a county, 9 for a town, 12 for a village).</source>
        <translation>Optional: the GB/T 2260 code (6 digits for a county, 9 for a town, 12 for a village).</translation>
    </message>
    <message>
        <source>Optional: the Lishui county or 市本级 responsible; by default the county paired with the home county.</source>
        <translation>Optional: the Lishui county or 市本级 responsible; by default the county paired with the home county.</translation>
    </message>
    <message>
        <source>Optional: the Sichuan county the session was for.</source>
        <translation>Optional: the Sichuan county the session was for.</translation>
    </message>
    <message>
        <source>Optional: the agreement.</source>
        <translation>Optional: the agreement.</translation>
    </message>
    <message>
        <source>Optional: the employer's 18-character code.</source>
        <translation>Optional: the employer's 18-character code.</translation>
    </message>
    <message>
        <source>Optional: the place this one joined; its records move there.</source>
        <translation>Optional: the place this one joined; its records move there.</translation>
    </message>
    <message>
        <source>Optional: the trainee's own category when it differs from the session's.</source>
        <translation>Optional: the trainee's own category when it differs from the session's.</translation>
    </message>
    <message>
        <source>Optional: the trainee's post.</source>
        <translation>Optional: the trainee's post.</translation>
    </message>
    <message>
        <source>Optional: the words of the document.</source>
        <translation>Optional: the words of the document.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Reading the ledger</source>
        <translation>Reading the ledger</translation>
    </message>
    <message>
        <source>Reading the workbook</source>
        <translation>Reading the workbook</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Row %1 has the same resident ID under another name (%2).</source>
        <translation>Row %1 has the same resident ID under another name (%2).</translation>
    </message>
    <message>
        <source>Row %1 of the same session says otherwise.</source>
        <translation>Row %1 of the same session says otherwise.</translation>
    </message>
    <message>
        <source>Rows with the same session title and start date form one session.</source>
        <translation>Rows with the same session title and start date form one session.</translation>
    </message>
    <message>
        <source>Session: %1, %2 (%3).</source>
        <translation>Session: %1, %2 (%3).</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Sheet %1: %2 rows (%3 new, %4 updated, %5 unchanged).</source>
        <translation>Sheet %1: %2 rows (%3 new, %4 updated, %5 unchanged).</translation>
    </message>
    <message>
        <source>Sheets without a table of this kind, not read: %1.</source>
        <translation>Sheets without a table of this kind, not read: %1.</translation>
    </message>
    <message>
        <source>The Lishui county or 市本级 paying.</source>
        <translation>The Lishui county or 市本级 paying.</translation>
    </message>
    <message>
        <source>The Lishui county or 市本级 that organised the session.</source>
        <translation>The Lishui county or 市本级 that organised the session.</translation>
    </message>
    <message>
        <source>The Lishui county or 市本级 that sent the cadre.</source>
        <translation>The Lishui county or 市本级 that sent the cadre.</translation>
    </message>
    <message>
        <source>The Lishui county or 市本级.</source>
        <translation>The Lishui county or 市本级.</translation>
    </message>
    <message>
        <source>The Lishui town, village, school, hospital or enterprise.</source>
        <translation>The Lishui town, village, school, hospital or enterprise.</translation>
    </message>
    <message>
        <source>The Sichuan county of the post.</source>
        <translation>The Sichuan county of the post.</translation>
    </message>
    <message>
        <source>The Sichuan county receiving the funds.</source>
        <translation>The Sichuan county receiving the funds.</translation>
    </message>
    <message>
        <source>The Sichuan county.</source>
        <translation>The Sichuan county.</translation>
    </message>
    <message>
        <source>The Sichuan town, village, school or hospital.</source>
        <translation>The Sichuan town, village, school or hospital.</translation>
    </message>
    <message>
        <source>The cadre's unit in Lishui.</source>
        <translation>The cadre's unit in Lishui.</translation>
    </message>
    <message>
        <source>The employer's name.</source>
        <translation>The employer's name.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>The file %1 cannot be read.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation>The file %1 is empty.</translation>
    </message>
    <message>
        <source>The file is too large to be a roster (%1 MB).</source>
        <translation>The file is too large to be a roster (%1 MB).</translation>
    </message>
    <message>
        <source>The first year, such as 2021.</source>
        <translation>The first year, such as 2021.</translation>
    </message>
    <message>
        <source>The job.</source>
        <translation>The job.</translation>
    </message>
    <message>
        <source>The last year (empty: the first year).</source>
        <translation>The last year (empty: the first year).</translation>
    </message>
    <message>
        <source>The place it belongs to: a town's county, a county's city (may be a row above).</source>
        <translation>The place it belongs to: a town's county, a county's city (may be a row above).</translation>
    </message>
    <message>
        <source>The place's name, such as 旺苍县 or 东河镇; a changed name is kept as a former name.</source>
        <translation>The place's name, such as 旺苍县 or 东河镇; a changed name is kept as a former name.</translation>
    </message>
    <message>
        <source>The post held in Sichuan.</source>
        <translation>The post held in Sichuan.</translation>
    </message>
    <message>
        <source>The resident ID number says the other gender.</source>
        <translation>The resident ID number says the other gender.</translation>
    </message>
    <message>
        <source>The sheet %1 lacks the required columns: %2.</source>
        <translation>The sheet %1 lacks the required columns: %2.</translation>
    </message>
    <message>
        <source>The sheet %1 spans %2 rows and %3 columns, far more than any roster; it was not read.</source>
        <translation>The sheet %1 spans %2 rows and %3 columns, far more than any roster; it was not read.</translation>
    </message>
    <message>
        <source>The target's name (needed for a new target id).</source>
        <translation>The target's name (needed for a new target id).</translation>
    </message>
    <message>
        <source>The trainee's home county in Sichuan.</source>
        <translation>The trainee's home county in Sichuan.</translation>
    </message>
    <message>
        <source>The workbook contains XML this program refuses to read (%1).</source>
        <translation>The workbook contains XML this program refuses to read (%1).</translation>
    </message>
    <message>
        <source>The workbook does not say the training session's %1; give it with the import (--session-title, --category, --organiser, --start) or add the columns.</source>
        <translation>The workbook does not say the training session's %1; give it with the import (--session-title, --category, --organiser, --start) or add the columns.</translation>
    </message>
    <message>
        <source>The workbook has too many parts (%1); it is not a normal workbook.</source>
        <translation>The workbook has too many parts (%1); it is not a normal workbook.</translation>
    </message>
    <message>
        <source>The workbook unpacks to far more data than it holds (a zip bomb); it was not opened.</source>
        <translation>The workbook unpacks to far more data than it holds (a zip bomb); it was not opened.</translation>
    </message>
    <message>
        <source>The worker's home county in Sichuan.</source>
        <translation>The worker's home county in Sichuan.</translation>
    </message>
    <message>
        <source>The year, such as 2019.</source>
        <translation>The year, such as 2019.</translation>
    </message>
    <message>
        <source>There is no such county or unit here; choose one of: %1.</source>
        <translation>There is no such county or unit here; choose one of: %1.</translation>
    </message>
    <message>
        <source>This 18-digit ID was stored as a number, so Excel has already rounded its last digits; format the column as text and type the ID again.</source>
        <translation>This 18-digit ID was stored as a number, so Excel has already rounded its last digits; format the column as text and type the ID again.</translation>
    </message>
    <message>
        <source>This column is required.</source>
        <translation>This column is required.</translation>
    </message>
    <message>
        <source>This date is before the start date.</source>
        <translation>This date is before the start date.</translation>
    </message>
    <message>
        <source>This file is a web page or XML saved under a spreadsheet name; open it in Excel or WPS and save it as .xlsx.</source>
        <translation>This file is a web page or XML saved under a spreadsheet name; open it in Excel or WPS and save it as .xlsx.</translation>
    </message>
    <message>
        <source>This file is not a workbook (xlsx, xls, ods or csv), or it is damaged.</source>
        <translation>This file is not a workbook (xlsx, xls, ods or csv), or it is damaged.</translation>
    </message>
    <message>
        <source>This is a PDF file, not a workbook.</source>
        <translation>This is a PDF file, not a workbook.</translation>
    </message>
    <message>
        <source>This is a Word or PowerPoint file, not a workbook.</source>
        <translation>This is a Word or PowerPoint file, not a workbook.</translation>
    </message>
    <message>
        <source>This is not a record number written by an export; leave the cell empty for a new record.</source>
        <translation>This is not a record number written by an export; leave the cell empty for a new record.</translation>
    </message>
    <message>
        <source>This row repeats row %1.</source>
        <translation>This row repeats row %1.</translation>
    </message>
    <message>
        <source>This value is masked (it contains *); export with full IDs to import it again.</source>
        <translation>This value is masked (it contains *); export with full IDs to import it again.</translation>
    </message>
    <message>
        <source>This workbook is protected by a password; open it in Excel or WPS, remove the password and save it again.</source>
        <translation>This workbook is protected by a password; open it in Excel or WPS, remove the password and save it again.</translation>
    </message>
    <message>
        <source>Town.</source>
        <translation>Town.</translation>
    </message>
    <message>
        <source>Training sessions: %1 new, %2 updated.</source>
        <translation>Training sessions: %1 new, %2 updated.</translation>
    </message>
    <message>
        <source>Type resident IDs and phone numbers in cells formatted as text: a number cell loses the last digits of an 18-digit ID.</source>
        <translation>Type resident IDs and phone numbers in cells formatted as text: a number cell loses the last digits of an 18-digit ID.</translation>
    </message>
    <message>
        <source>Unknown kind %1; use one of: %2</source>
        <translation>Unknown kind %1; use one of: %2</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Values</translation>
    </message>
    <message>
        <source>Village.</source>
        <translation>Village.</translation>
    </message>
    <message>
        <source>What to write</source>
        <translation>What to write</translation>
    </message>
    <message>
        <source>Where it took place.</source>
        <translation>Where it took place.</translation>
    </message>
    <message>
        <source>Write a whole number, such as 12.</source>
        <translation>Write a whole number, such as 12.</translation>
    </message>
    <message>
        <source>Write the year with four digits, such as 2019.</source>
        <translation>Write the year with four digits, such as 2019.</translation>
    </message>
    <message>
        <source>Writing %1 rows</source>
        <translation>Writing %1 rows</translation>
    </message>
    <message>
        <source>Writing to the database</source>
        <translation>Writing to the database</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Yuan per month, such as 3500.</source>
        <translation>Yuan per month, such as 3500.</translation>
    </message>
    <message>
        <source>Yuan, such as 30000000 or 3000万.</source>
        <translation>Yuan, such as 30000000 or 3000万.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>stored</translation>
    </message>
    <message>
        <source>个, 人, 人次, 元, 万元, 次 or 家.</source>
        <translation>个, 人, 人次, 元, 万元, 次 or 家.</translation>
    </message>
    <message>
        <source>丽水 or 四川.</source>
        <translation>丽水 or 四川.</translation>
    </message>
    <message>
        <source>各县, 市本级 or 全市.</source>
        <translation>各县, 市本级 or 全市.</translation>
    </message>
    <message>
        <source>市本级, 县, 镇, 村, 学校 or 医院.</source>
        <translation>市本级, 县, 镇, 村, 学校 or 医院.</translation>
    </message>
    <message>
        <source>是 or 否 (also √, Y, N).</source>
        <translation>是 or 否 (also √, Y, N).</translation>
    </message>
    <message>
        <source>是 or 否.</source>
        <translation>是 or 否.</translation>
    </message>
    <message>
        <source>男 or 女; with a resident ID it must agree with the ID.</source>
        <translation>男 or 女; with a resident ID it must agree with the ID.</translation>
    </message>
</context>
<context>
    <name>ExcelDialogs</name>
    <message>
        <source>%1 rows written to %2</source>
        <translation>%1 rows written to %2</translation>
    </message>
    <message>
        <source>Cadre secondments</source>
        <translation>Cadre secondments</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>Funds</source>
        <translation>Funds</translation>
    </message>
    <message>
        <source>Labor placements</source>
        <translation>Labor placements</translation>
    </message>
    <message>
        <source>Pairings</source>
        <translation>Pairings</translation>
    </message>
    <message>
        <source>Places (counties, towns, villages, schools, hospitals)</source>
        <translation>Places (counties, towns, villages, schools, hospitals)</translation>
    </message>
    <message>
        <source>Targets and their counting rules</source>
        <translation>Targets and their counting rules</translation>
    </message>
    <message>
        <source>This ledger has no Excel export yet.</source>
        <translation>This ledger has no Excel export yet.</translation>
    </message>
    <message>
        <source>Trainees (training rosters)</source>
        <translation>Trainees (training rosters)</translation>
    </message>
    <message>
        <source>Write full resident IDs and phone numbers? Choose No to mask them (the usual choice). A full export is recorded in the audit log.</source>
        <translation>Write full resident IDs and phone numbers? Choose No to mask them (the usual choice). A full export is recorded in the audit log.</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <source>Everything (full bundle)</source>
        <translation>Everything (full bundle)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Export bundle…</source>
        <translation>Export bundle…</translation>
    </message>
    <message>
        <source>Folder for the bundle</source>
        <translation>Folder for the bundle</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>The office (what it is not known to hold)</source>
        <translation>The office (what it is not known to hold)</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Writing the bundle…</translation>
    </message>
    <message>
        <source>Wrote %1 with %2 changes.</source>
        <translation>Wrote %1 with %2 changes.</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Allocated</source>
        <translation>Allocated</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>County</source>
        <translation>County</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Disbursed</source>
        <translation>Disbursed</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Monthly wage</source>
        <translation>Monthly wage</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Registered poor household</source>
        <translation>Registered poor household</translation>
    </message>
    <message>
        <source>Resident ID</source>
        <translation>Resident ID</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>%1 is in use by another program, so it was not replaced and is unchanged. Close it and try again.</source>
        <translation>%1 is in use by another program, so it was not replaced and is unchanged. Close it and try again.</translation>
    </message>
    <message>
        <source>%1 is open in %2, so it was not replaced and is unchanged. Close it there and try again.</source>
        <translation>%1 is open in %2, so it was not replaced and is unchanged. Close it there and try again.</translation>
    </message>
    <message>
        <source>%1 is read-only, so it was not replaced. Save under another name, or clear its read-only setting.</source>
        <translation>%1 is read-only, so it was not replaced. Save under another name, or clear its read-only setting.</translation>
    </message>
    <message>
        <source>a PDF reader</source>
        <translation>a PDF reader</translation>
    </message>
    <message>
        <source>a spreadsheet program (WPS or Excel)</source>
        <translation>a spreadsheet program (WPS or Excel)</translation>
    </message>
    <message>
        <source>another program is using it</source>
        <translation>another program is using it</translation>
    </message>
    <message>
        <source>it already exists</source>
        <translation>it already exists</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>it is a folder, not a file</translation>
    </message>
    <message>
        <source>part of the path is not a folder</source>
        <translation>part of the path is not a folder</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission denied</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>the disk is read-only</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>the name is too long</translation>
    </message>
    <message>
        <source>the system refused it (error %1)</source>
        <translation>the system refused it (error %1)</translation>
    </message>
    <message>
        <source>there is no such file or folder</source>
        <translation>there is no such file or folder</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>All counties</source>
        <translation>All counties</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>All: %1</source>
        <translation>All: %1</translation>
    </message>
    <message>
        <source>Search: name, ID tail, employer, village… (Ctrl+F)</source>
        <translation>Search: name, ID tail, employer, village… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search… (Ctrl+F)</source>
        <translation>Search… (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>(only the office changes it)</source>
        <translation>(only the office changes it)</translation>
    </message>
    <message>
        <source>A new database is being created on this computer. Tell us who uses it (the name is recorded with your changes) and how it takes part in the deployment.</source>
        <translation>A new database is being created on this computer. Tell us who uses it (the name is recorded with your changes) and how it takes part in the deployment.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Database on a PostgreSQL server (an office or a lead whose staff share it)</source>
        <translation>Database on a PostgreSQL server (an office or a lead whose staff share it)</translation>
    </message>
    <message>
        <source>Deployment file</source>
        <translation>Deployment file</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Device name</translation>
    </message>
    <message>
        <source>How this computer is set up</source>
        <translation>How this computer is set up</translation>
    </message>
    <message>
        <source>Join the office's deployment with a deployment file</source>
        <translation>Join the office's deployment with a deployment file</translation>
    </message>
    <message>
        <source>No password in the address: it is asked when the server wants one (or taken from ~/.pgpass). Field laptops keep their own database file.</source>
        <translation>No password in the address: it is asked when the server wants one (or taken from ~/.pgpass). Field laptops keep their own database file.</translation>
    </message>
    <message>
        <source>On this computer (a database file)</source>
        <translation>On this computer (a database file)</translation>
    </message>
    <message>
        <source>Registration reply file</source>
        <translation>Registration reply file</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Server address (URL)</source>
        <translation>Server address (URL)</translation>
    </message>
    <message>
        <source>Set up the office: this computer starts the deployment and issues the laptops</source>
        <translation>Set up the office: this computer starts the deployment and issues the laptops</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>The file %1 cannot be read.</translation>
    </message>
    <message>
        <source>The office %1 issued this computer as %2 (%3).</source>
        <translation>The office %1 issued this computer as %2 (%3).</translation>
    </message>
    <message>
        <source>The office writes it for this laptop (on its computer: Tools → Keys and enrolment → Issue a laptop…).</source>
        <translation>The office writes it for this laptop (on its computer: Tools → Keys and enrolment → Issue a laptop…).</translation>
    </message>
    <message>
        <source>This file issues no computer: the laptop joins and writes a registration reply file; give it to the office %1, which registers the laptop (Tools → Keys and enrolment → Register a laptop from its reply file…).</source>
        <translation>This file issues no computer: the laptop joins and writes a registration reply file; give it to the office %1, which registers the laptop (Tools → Keys and enrolment → Register a laptop from its reply file…).</translation>
    </message>
    <message>
        <source>Use this laptop alone for now (a trial; its data stays here)</source>
        <translation>Use this laptop alone for now (a trial; its data stays here)</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Where the database is</source>
        <translation>Where the database is</translation>
    </message>
    <message>
        <source>Your county</source>
        <translation>Your county</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>e.g. Zhang Wei</source>
        <translation>e.g. Zhang Wei</translation>
    </message>
    <message>
        <source>postgresql://user@server/database</source>
        <translation>postgresql://user@server/database</translation>
    </message>
    <message>
        <source>registration-reply_%1.json</source>
        <translation>registration-reply_%1.json</translation>
    </message>
    <message>
        <source>the deployment file the office gave you</source>
        <translation>the deployment file the office gave you</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>%1 changes to this record, newest first.</source>
        <translation>%1 changes to this record, newest first.</translation>
    </message>
    <message>
        <source>No changes are recorded for this record yet.</source>
        <translation>No changes are recorded for this record yet.</translation>
    </message>
    <message>
        <source>Record history</source>
        <translation>Record history</translation>
    </message>
    <message>
        <source>Show full ID numbers and phones (this is recorded)</source>
        <translation>Show full ID numbers and phones (this is recorded)</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>New value</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Old value</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <source>Bundle files</source>
        <translation>Bundle files</translation>
    </message>
    <message>
        <source>Bundles (*.lsbundle);;All files (*)</source>
        <translation>Bundles (*.lsbundle);;All files (*)</translation>
    </message>
    <message>
        <source>Cancelled. Files imported before the cancel stay imported.</source>
        <translation>Cancelled. Files imported before the cancel stay imported.</translation>
    </message>
    <message>
        <source>Checking bundles…</source>
        <translation>Checking bundles…</translation>
    </message>
    <message>
        <source>Choose bundle files…</source>
        <translation>Choose bundle files…</translation>
    </message>
    <message>
        <source>Choose the bundle files to import; you see what they change first.</source>
        <translation>Choose the bundle files to import; you see what they change first.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Done: %1 changes imported; %2 files refused (see the reason).</source>
        <translation>Done: %1 changes imported; %2 files refused (see the reason).</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Importing bundles…</source>
        <translation>Importing bundles…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <source>Preview: nothing has been written yet. %1 of %2 files can be imported.</source>
        <translation>Preview: nothing has been written yet. %1 of %2 files can be imported.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>already held</source>
        <translation>already held</translation>
    </message>
    <message>
        <source>can be imported</source>
        <translation>can be imported</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>imported</translation>
    </message>
    <message>
        <source>imported after a decision</source>
        <translation>imported after a decision</translation>
    </message>
    <message>
        <source>quarantined: clock far ahead</source>
        <translation>quarantined: clock far ahead</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>written</source>
        <translation>written</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import from Excel</source>
        <translation>Import from Excel</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>A device called %1 is already issued. Renew its keys, revoke it first, or choose another name.</source>
        <translation>A device called %1 is already issued. Renew its keys, revoke it first, or choose another name.</translation>
    </message>
    <message>
        <source>Decryption key (fingerprint %1):</source>
        <translation>Decryption key (fingerprint %1):</translation>
    </message>
    <message>
        <source>Enter the passphrase (or set LISHUI_PASSPHRASE).</source>
        <translation>Enter the passphrase (or set LISHUI_PASSPHRASE).</translation>
    </message>
    <message>
        <source>Lishui ledger: paper backup of the keys of %1</source>
        <translation>Lishui ledger: paper backup of the keys of %1</translation>
    </message>
    <message>
        <source>Made on %1. Keep it locked away; whoever has it can read the bundles.</source>
        <translation>Made on %1. Keep it locked away; whoever has it can read the bundles.</translation>
    </message>
    <message>
        <source>No device called %1 was issued.</source>
        <translation>No device called %1 was issued.</translation>
    </message>
    <message>
        <source>Only the office computer that set up the deployment issues, renews or revokes identities.</source>
        <translation>Only the office computer that set up the deployment issues, renews or revokes identities.</translation>
    </message>
    <message>
        <source>Recovery code of the encrypted database (type it when the database is opened on another computer, or when this computer's credential store was reset):</source>
        <translation>Recovery code of the encrypted database (type it when the database is opened on another computer, or when this computer's credential store was reset):</translation>
    </message>
    <message>
        <source>Signing key (fingerprint %1):</source>
        <translation>Signing key (fingerprint %1):</translation>
    </message>
    <message>
        <source>The device %1 was issued with other keys; it cannot be issued again.</source>
        <translation>The device %1 was issued with other keys; it cannot be issued again.</translation>
    </message>
    <message>
        <source>The device %1 was revoked.</source>
        <translation>The device %1 was revoked.</translation>
    </message>
    <message>
        <source>The device name may not be empty.</source>
        <translation>The device name may not be empty.</translation>
    </message>
    <message>
        <source>The file is not a key file of this deployment, or it is damaged.</source>
        <translation>The file is not a key file of this deployment, or it is damaged.</translation>
    </message>
    <message>
        <source>The key text is not complete or has a typing mistake; check every group.</source>
        <translation>The key text is not complete or has a typing mistake; check every group.</translation>
    </message>
    <message>
        <source>The office cannot revoke itself.</source>
        <translation>The office cannot revoke itself.</translation>
    </message>
    <message>
        <source>The office key is locked; enter the office passphrase first (Tools, Keys and enrolment; or set LISHUI_PASSPHRASE for scripts).</source>
        <translation>The office key is locked; enter the office passphrase first (Tools, Keys and enrolment; or set LISHUI_PASSPHRASE for scripts).</translation>
    </message>
    <message>
        <source>The office's own key is fixed at deployment; its paper backup restores it.</source>
        <translation>The office's own key is fixed at deployment; its paper backup restores it.</translation>
    </message>
    <message>
        <source>The passphrase is wrong.</source>
        <translation>The passphrase is wrong.</translation>
    </message>
    <message>
        <source>The passphrase must have at least 8 characters.</source>
        <translation>The passphrase must have at least 8 characters.</translation>
    </message>
    <message>
        <source>The role must be field, lead or office.</source>
        <translation>The role must be field, lead or office.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>This is not a reply file from a laptop, or it was changed.</source>
        <translation>This is not a reply file from a laptop, or it was changed.</translation>
    </message>
    <message>
        <source>This key file is for the device %1, not for this one.</source>
        <translation>This key file is for the device %1, not for this one.</translation>
    </message>
    <message>
        <source>This key file is from another deployment's office.</source>
        <translation>This key file is from another deployment's office.</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>A key file from the office</source>
        <translation>A key file from the office</translation>
    </message>
    <message>
        <source>A laptop's reply file</source>
        <translation>A laptop's reply file</translation>
    </message>
    <message>
        <source>Allow unencrypted bundles (for trials only)</source>
        <translation>Allow unencrypted bundles (for trials only)</translation>
    </message>
    <message>
        <source>Bundles are signed with this computer's key and encrypted to the office and the working-group leads, so a lost USB stick reveals nothing. Compare the fingerprints below with the office by phone when a laptop is enrolled.</source>
        <translation>Bundles are signed with this computer's key and encrypted to the office and the working-group leads, so a lost USB stick reveals nothing. Compare the fingerprints below with the office by phone when a laptop is enrolled.</translation>
    </message>
    <message>
        <source>Change the selected device's role…</source>
        <translation>Change the selected device's role…</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Encryption key</source>
        <translation>Encryption key</translation>
    </message>
    <message>
        <source>Give the reply file to the office (it holds no secrets).</source>
        <translation>Give the reply file to the office (it holds no secrets).</translation>
    </message>
    <message>
        <source>Install a key file from the office…</source>
        <translation>Install a key file from the office…</translation>
    </message>
    <message>
        <source>Issue a laptop…</source>
        <translation>Issue a laptop…</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>Issued. On that laptop's first start choose “Join the office's deployment with a deployment file” and give it this file (or lishui init --join FILE); keep it safe: it holds its keys.</source>
        <translation>Issued. On that laptop's first start choose “Join the office's deployment with a deployment file” and give it this file (or lishui init --join FILE); keep it safe: it holds its keys.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Keys and enrolment</source>
        <translation>Keys and enrolment</translation>
    </message>
    <message>
        <source>Name of the new laptop:</source>
        <translation>Name of the new laptop:</translation>
    </message>
    <message>
        <source>New keys issued. Install the file on that laptop; keep it safe: it holds its keys.</source>
        <translation>New keys issued. Install the file on that laptop; keep it safe: it holds its keys.</translation>
    </message>
    <message>
        <source>New role:</source>
        <translation>New role:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Print the file, lock the paper away, then delete the file.</source>
        <translation>Print the file, lock the paper away, then delete the file.</translation>
    </message>
    <message>
        <source>Register a laptop from its reply file…</source>
        <translation>Register a laptop from its reply file…</translation>
    </message>
    <message>
        <source>Renew the selected device's keys…</source>
        <translation>Renew the selected device's keys…</translation>
    </message>
    <message>
        <source>Revoke the selected device…</source>
        <translation>Revoke the selected device…</translation>
    </message>
    <message>
        <source>Revoke this device for good? What the office holds of it stays; everything else it wrote or writes is refused everywhere.</source>
        <translation>Revoke this device for good? What the office holds of it stays; everything else it wrote or writes is refused everywhere.</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>Revoked. Send a bundle to every laptop so that they refuse it too.</source>
        <translation>Revoked. Send a bundle to every laptop so that they refuse it too.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Save its deployment file</source>
        <translation>Save its deployment file</translation>
    </message>
    <message>
        <source>Save its key file</source>
        <translation>Save its key file</translation>
    </message>
    <message>
        <source>Save paper backup</source>
        <translation>Save paper backup</translation>
    </message>
    <message>
        <source>Save paper backup…</source>
        <translation>Save paper backup…</translation>
    </message>
    <message>
        <source>Save reply file</source>
        <translation>Save reply file</translation>
    </message>
    <message>
        <source>Select a device in the list first.</source>
        <translation>Select a device in the list first.</translation>
    </message>
    <message>
        <source>Set passphrase…</source>
        <translation>Set passphrase…</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Signing key</translation>
    </message>
    <message>
        <source>The current passphrase:</source>
        <translation>The current passphrase:</translation>
    </message>
    <message>
        <source>The key is protected by the passphrase. Save a paper backup and lock it away.</source>
        <translation>The key is protected by the passphrase. Save a paper backup and lock it away.</translation>
    </message>
    <message>
        <source>The key is unlocked until the program closes.</source>
        <translation>The key is unlocked until the program closes.</translation>
    </message>
    <message>
        <source>The laptop is registered; its bundles will be accepted.</source>
        <translation>The laptop is registered; its bundles will be accepted.</translation>
    </message>
    <message>
        <source>The new keys are installed.</source>
        <translation>The new keys are installed.</translation>
    </message>
    <message>
        <source>The new passphrase (at least 8 characters):</source>
        <translation>The new passphrase (at least 8 characters):</translation>
    </message>
    <message>
        <source>The new passphrase once more:</source>
        <translation>The new passphrase once more:</translation>
    </message>
    <message>
        <source>The office passphrase:</source>
        <translation>The office passphrase:</translation>
    </message>
    <message>
        <source>The role is changed. Send a bundle to that laptop: it takes the new role from it.</source>
        <translation>The role is changed. Send a bundle to that laptop: it takes the new role from it.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>Unencrypted bundles can be read by anyone who finds the file. Use this only for a trial. Allow?</source>
        <translation>Unencrypted bundles can be read by anyone who finds the file. Use this only for a trial. Allow?</translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation>Unlock…</translation>
    </message>
    <message>
        <source>Write this laptop's reply file…</source>
        <translation>Write this laptop's reply file…</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>set, locked</source>
        <translation>set, locked</translation>
    </message>
    <message>
        <source>set, unlocked for this session</source>
        <translation>set, unlocked for this session</translation>
    </message>
</context>
<context>
    <name>LedgerActions</name>
    <message>
        <source>%1 (%2, %3) is already recorded, in %4 records. Is this the same person?</source>
        <translation>%1 (%2, %3) is already recorded, in %4 records. Is this the same person?</translation>
    </message>
    <message>
        <source>A different person</source>
        <translation>A different person</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Move %1 records to the recycle bin? They can be restored from there.</source>
        <translation>Move %1 records to the recycle bin? They can be restored from there.</translation>
    </message>
    <message>
        <source>Moved to the recycle bin.</source>
        <translation>Moved to the recycle bin.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>Not saved: correct the fields marked in red.</translation>
    </message>
    <message>
        <source>Same person</source>
        <translation>Same person</translation>
    </message>
    <message>
        <source>Same person?</source>
        <translation>Same person?</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Saved. A record like this one is already in the ledger; the review queue on the Sync page offers to merge them.</source>
        <translation>Saved. A record like this one is already in the ledger; the review queue on the Sync page offers to merge them.</translation>
    </message>
    <message>
        <source>birth date unknown</source>
        <translation>birth date unknown</translation>
    </message>
</context>
<context>
    <name>LedgerPage</name>
    <message>
        <source>%1 records</source>
        <translation>%1 records</translation>
    </message>
    <message>
        <source>Appears in</source>
        <translation>Appears in</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Recycle bin</source>
        <translation>Recycle bin</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save the changes to this record first?</source>
        <translation>Save the changes to this record first?</translation>
    </message>
    <message>
        <source>Show full ID</source>
        <translation>Show full ID</translation>
    </message>
    <message>
        <source>Show the full resident ID and phone of the selected record (this is recorded)</source>
        <translation>Show the full resident ID and phone of the selected record (this is recorded)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>registered poor only</source>
        <translation>registered poor only</translation>
    </message>
</context>
<context>
    <name>Ledgers</name>
    <message>
        <source>%1 is already on the roster of this session.</source>
        <translation>%1 is already on the roster of this session.</translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters with a valid check character.</source>
        <translation>A unified social credit code has 18 characters with a valid check character.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Activity timeline</source>
        <translation>Activity timeline</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Allocated (yuan)</source>
        <translation>Allocated (yuan)</translation>
    </message>
    <message>
        <source>Allocated on</source>
        <translation>Allocated on</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Cadre secondments</source>
        <translation>Cadre secondments</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Choose a county on the right side of the pairing.</source>
        <translation>Choose a county on the right side of the pairing.</translation>
    </message>
    <message>
        <source>Choose one of the values in the list.</source>
        <translation>Choose one of the values in the list.</translation>
    </message>
    <message>
        <source>Choose the record this entry belongs to first.</source>
        <translation>Choose the record this entry belongs to first.</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Disbursed (yuan)</source>
        <translation>Disbursed (yuan)</translation>
    </message>
    <message>
        <source>Disbursed on</source>
        <translation>Disbursed on</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Funded projects</source>
        <translation>Funded projects</translation>
    </message>
    <message>
        <source>Funds</source>
        <translation>Funds</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Home county</source>
        <translation>Home county</translation>
    </message>
    <message>
        <source>Home unit</source>
        <translation>Home unit</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Labor placements</source>
        <translation>Labor placements</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Lishui county</source>
        <translation>Lishui county</translation>
    </message>
    <message>
        <source>Lishui side</source>
        <translation>Lishui side</translation>
    </message>
    <message>
        <source>Monthly wage (yuan)</source>
        <translation>Monthly wage (yuan)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation>Pairing</translation>
    </message>
    <message>
        <source>Pairing activities</source>
        <translation>Pairing activities</translation>
    </message>
    <message>
        <source>Pairings</source>
        <translation>Pairings</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Place of work</source>
        <translation>Place of work</translation>
    </message>
    <message>
        <source>Poor households</source>
        <translation>Poor households</translation>
    </message>
    <message>
        <source>Post in Sichuan</source>
        <translation>Post in Sichuan</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Publicly posted</source>
        <translation>Publicly posted</translation>
    </message>
    <message>
        <source>Registered poor</source>
        <translation>Registered poor</translation>
    </message>
    <message>
        <source>Renews</source>
        <translation>Renews</translation>
    </message>
    <message>
        <source>Resident ID</source>
        <translation>Resident ID</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Roster</translation>
    </message>
    <message>
        <source>Sichuan county</source>
        <translation>Sichuan county</translation>
    </message>
    <message>
        <source>Sichuan side</source>
        <translation>Sichuan side</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Still employed</source>
        <translation>Still employed</translation>
    </message>
    <message>
        <source>The follow-up date is before the start of the placement.</source>
        <translation>The follow-up date is before the start of the placement.</translation>
    </message>
    <message>
        <source>The resident ID number says the other gender.</source>
        <translation>The resident ID number says the other gender.</translation>
    </message>
    <message>
        <source>There is no county or unit called %1.</source>
        <translation>There is no county or unit called %1.</translation>
    </message>
    <message>
        <source>This date is earlier than the %1.</source>
        <translation>This date is earlier than the %1.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation>This record no longer exists.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation>Trainees</translation>
    </message>
    <message>
        <source>Training session</source>
        <translation>Training session</translation>
    </message>
    <message>
        <source>Training sessions</source>
        <translation>Training sessions</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>Unknown kind %1; use one of: %2</source>
        <translation>Unknown kind %1; use one of: %2</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Wage paid</source>
        <translation>Wage paid</translation>
    </message>
    <message>
        <source>Write a whole number, such as 12.</source>
        <translation>Write a whole number, such as 12.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
</context>
<context>
    <name>Lock</name>
    <message>
        <source>This database is already open in another copy of the program. Close the other window first, or open a different database.</source>
        <translation>This database is already open in another copy of the program. Close the other window first, or open a different database.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>About…</source>
        <translation>About…</translation>
    </message>
    <message>
        <source>Backups…</source>
        <translation>Backups…</translation>
    </message>
    <message>
        <source>Cadres</source>
        <translation>Cadres</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>Device: %1</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Funds</source>
        <translation>Funds</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <source>Keys and enrolment…</source>
        <translation>Keys and enrolment…</translation>
    </message>
    <message>
        <source>Labor placements</source>
        <translation>Labor placements</translation>
    </message>
    <message>
        <source>Lishui East-West Cooperation Ledger</source>
        <translation>Lishui East-West Cooperation Ledger</translation>
    </message>
    <message>
        <source>Pairings</source>
        <translation>Pairings</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>People %1 · Trainees %2 · Placements %3 · Cadres %4</source>
        <translation>People %1 · Trainees %2 · Placements %3 · Cadres %4</translation>
    </message>
    <message>
        <source>Places…</source>
        <translation>Places…</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
</context>
<context>
    <name>MoneyEdit</name>
    <message>
        <source>yuan</source>
        <translation>yuan</translation>
    </message>
</context>
<context>
    <name>NewTargetDialog</name>
    <message>
        <source>Counting rule</source>
        <translation>Counting rule</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Name of a new target, e.g. 消费扶贫销售额</source>
        <translation>Name of a new target, e.g. 消费扶贫销售额</translation>
    </message>
    <message>
        <source>New target</source>
        <translation>New target</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>count LEDGER [FIELD=VALUE ...] [in_force] [distinct=person] or sum LEDGER.MONEY_FIELD [FIELD=VALUE ...]; see lishui targets rules</source>
        <translation>count LEDGER [FIELD=VALUE ...] [in_force] [distinct=person] or sum LEDGER.MONEY_FIELD [FIELD=VALUE ...]; see lishui targets rules</translation>
    </message>
</context>
<context>
    <name>Office</name>
    <message>
        <source>The PostgreSQL database %1 is not empty (it has %2 tables); the office store is moved only into an empty database. Create a new one (see the README: An office on PostgreSQL).</source>
        <translation>The PostgreSQL database %1 is not empty (it has %2 tables); the office store is moved only into an empty database. Create a new one (see the README: An office on PostgreSQL).</translation>
    </message>
    <message>
        <source>The copy stopped and the target was left as it was: %1</source>
        <translation>The copy stopped and the target was left as it was: %1</translation>
    </message>
    <message>
        <source>The file %1 already exists; the office store is moved only into a new file.</source>
        <translation>The file %1 already exists; the office store is moved only into a new file.</translation>
    </message>
</context>
<context>
    <name>Pairings</name>
    <message>
        <source>A renewal needs its start date.</source>
        <translation>A renewal needs its start date.</translation>
    </message>
    <message>
        <source>A renewal starts after the pairing it renews (%1).</source>
        <translation>A renewal starts after the pairing it renews (%1).</translation>
    </message>
    <message>
        <source>The renewal ends before it starts.</source>
        <translation>The renewal ends before it starts.</translation>
    </message>
    <message>
        <source>There is no Sichuan county called %1.</source>
        <translation>There is no Sichuan county called %1.</translation>
    </message>
    <message>
        <source>There is no pairing %1 to renew.</source>
        <translation>There is no pairing %1 to renew.</translation>
    </message>
    <message>
        <source>This pairing already has a period starting %1.</source>
        <translation>This pairing already has a period starting %1.</translation>
    </message>
</context>
<context>
    <name>PairingsPage</name>
    <message>
        <source>A new period of the selected pairing (the current one ends the day before)</source>
        <translation>A new period of the selected pairing (the current one ends the day before)</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Renew</translation>
    </message>
    <message>
        <source>Renew…</source>
        <translation>Renew…</translation>
    </message>
    <message>
        <source>Select a pairing first.</source>
        <translation>Select a pairing first.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>PostgreSQL password</source>
        <translation>PostgreSQL password</translation>
    </message>
    <message>
        <source>Remember it on this computer (in %1, readable by you alone)</source>
        <translation>Remember it on this computer (in %1, readable by you alone)</translation>
    </message>
    <message>
        <source>The server of the store %1 asks for a password.</source>
        <translation>The server of the store %1 asks for a password.</translation>
    </message>
</context>
<context>
    <name>PlaceBox</name>
    <message>
        <source>Add a place that is not in the list</source>
        <translation>Add a place that is not in the list</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This page is being built.</source>
        <translation>This page is being built.</translation>
    </message>
</context>
<context>
    <name>Places</name>
    <message>
        <source>%1 is a place of another level or side; add it as a new row without 记录编号.</source>
        <translation>%1 is a place of another level or side; add it as a new row without 记录编号.</translation>
    </message>
    <message>
        <source>%1 is already a place (%2).</source>
        <translation>%1 is already a place (%2).</translation>
    </message>
    <message>
        <source>%1 is not a GB/T 2260 code of a %2 (6 digits for a county, 9 for a town, 12 for a village).</source>
        <translation>%1 is not a GB/T 2260 code of a %2 (6 digits for a county, 9 for a town, 12 for a village).</translation>
    </message>
    <message>
        <source>%1 is not retired.</source>
        <translation>%1 is not retired.</translation>
    </message>
    <message>
        <source>%1 was retired on %2.</source>
        <translation>%1 was retired on %2.</translation>
    </message>
    <message>
        <source>A %1 cannot belong to %2.</source>
        <translation>A %1 cannot belong to %2.</translation>
    </message>
    <message>
        <source>A place needs a name (at most 60 characters).</source>
        <translation>A place needs a name (at most 60 characters).</translation>
    </message>
    <message>
        <source>Lishui</source>
        <translation>Lishui</translation>
    </message>
    <message>
        <source>Nothing to change: %1 already has that name and code.</source>
        <translation>Nothing to change: %1 already has that name and code.</translation>
    </message>
    <message>
        <source>Only the office or a working-group lead can change places; they reach this computer in a bundle.</source>
        <translation>Only the office or a working-group lead can change places; they reach this computer in a bundle.</translation>
    </message>
    <message>
        <source>Only two different places of the same side and level can be merged.</source>
        <translation>Only two different places of the same side and level can be merged.</translation>
    </message>
    <message>
        <source>Say which county (or town) the %1 belongs to.</source>
        <translation>Say which county (or town) the %1 belongs to.</translation>
    </message>
    <message>
        <source>Sichuan</source>
        <translation>Sichuan</translation>
    </message>
    <message>
        <source>The side is lishui or sichuan.</source>
        <translation>The side is lishui or sichuan.</translation>
    </message>
    <message>
        <source>There is no place called %1.</source>
        <translation>There is no place called %1.</translation>
    </message>
    <message>
        <source>Unknown level %1; use one of: %2</source>
        <translation>Unknown level %1; use one of: %2</translation>
    </message>
    <message>
        <source>city level</source>
        <translation>city level</translation>
    </message>
    <message>
        <source>county</source>
        <translation>county</translation>
    </message>
    <message>
        <source>hospital</source>
        <translation>hospital</translation>
    </message>
    <message>
        <source>school</source>
        <translation>school</translation>
    </message>
    <message>
        <source>town</source>
        <translation>town</translation>
    </message>
    <message>
        <source>village</source>
        <translation>village</translation>
    </message>
</context>
<context>
    <name>PlacesDialog</name>
    <message>
        <source>%1 joins:</source>
        <translation>%1 joins:</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>Belongs to</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Former names</source>
        <translation>Former names</translation>
    </message>
    <message>
        <source>Its GB/T 2260 code (the old one is kept):</source>
        <translation>Its GB/T 2260 code (the old one is kept):</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>Merge into…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>New name of %1:</source>
        <translation>New name of %1:</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Retire</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>Select a place first.</source>
        <translation>Select a place first.</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Side</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Checking the workbook</source>
        <translation>Checking the workbook</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Every problem is marked in a copy of the file: %1</source>
        <translation>Every problem is marked in a copy of the file: %1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importing</translation>
    </message>
    <message>
        <source>Open the marked copy</source>
        <translation>Open the marked copy</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>The first rows of the file:</source>
        <translation>The first rows of the file:</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Printing page %1 of %2…</source>
        <translation>Printing page %1 of %2…</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
    <message>
        <source>The form could not be read for printing.</source>
        <translation>The form could not be read for printing.</translation>
    </message>
    <message>
        <source>The printer could not be opened. Is it switched on and connected?</source>
        <translation>The printer could not be opened. Is it switched on and connected?</translation>
    </message>
    <message>
        <source>The printer could not be reached: %1</source>
        <translation>The printer could not be reached: %1</translation>
    </message>
    <message>
        <source>The printer refused the form: %1</source>
        <translation>The printer refused the form: %1</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Not a month: %1</source>
        <translation>Not a month: %1</translation>
    </message>
    <message>
        <source>Not a year: %1</source>
        <translation>Not a year: %1</translation>
    </message>
    <message>
        <source>Unknown county: %1</source>
        <translation>Unknown county: %1</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Trashcan</source>
        <translation>Trashcan</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>No good backup was found.</source>
        <translation>No good backup was found.</translation>
    </message>
    <message>
        <source>The current database is kept as a backup, so this step can itself be undone.</source>
        <translation>The current database is kept as a backup, so this step can itself be undone.</translation>
    </message>
    <message>
        <source>The database file is damaged (%1) and no good backup was found. Copy the file and ask the office for help before entering more data.</source>
        <translation>The database file is damaged (%1) and no good backup was found. Copy the file and ask the office for help before entering more data.</translation>
    </message>
    <message>
        <source>The database file is damaged (%1). The newest good backup is %2 from %3. Restore it? The damaged file is kept in the backups folder.</source>
        <translation>The database file is damaged (%1). The newest good backup is %2 from %3. Restore it? The damaged file is kept in the backups folder.</translation>
    </message>
    <message>
        <source>The import of %1 was interrupted. The database is intact and nothing was lost: the import was either applied completely or not at all. Importing the same file again is safe.</source>
        <translation>The import of %1 was interrupted. The database is intact and nothing was lost: the import was either applied completely or not at all. Importing the same file again is safe.</translation>
    </message>
    <message>
        <source>There is no import to undo.</source>
        <translation>There is no import to undo.</translation>
    </message>
    <message>
        <source>This also undoes %1 changes made in this store after that import (on any computer using it); enter them again afterwards.</source>
        <translation>This also undoes %1 changes made in this store after that import (on any computer using it); enter them again afterwards.</translation>
    </message>
    <message>
        <source>This also undoes %1 changes made on this computer after that import; enter them again afterwards.</source>
        <translation>This also undoes %1 changes made on this computer after that import; enter them again afterwards.</translation>
    </message>
    <message>
        <source>Undoing the import of %1 (%2) returns the database to the backup taken just before it. %3 records will go back to their earlier state.</source>
        <translation>Undoing the import of %1 (%2) returns the database to the backup taken just before it. %3 records will go back to their earlier state.</translation>
    </message>
</context>
<context>
    <name>RecycleDialog</name>
    <message>
        <source>%1 records restored.</source>
        <translation>%1 records restored.</translation>
    </message>
    <message>
        <source>Deleted records stay here and can be restored at any time.</source>
        <translation>Deleted records stay here and can be restored at any time.</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Recycle bin</source>
        <translation>Recycle bin</translation>
    </message>
    <message>
        <source>Restore selected</source>
        <translation>Restore selected</translation>
    </message>
</context>
<context>
    <name>Reference</name>
    <message>
        <source>This version's reference data was applied: %1 places, %2 pairings and %3 targets added, %4 values corrected; %5 values edited here were kept.</source>
        <translation>This version's reference data was applied: %1 places, %2 pairings and %3 targets added, %4 values corrected; %5 values edited here were kept.</translation>
    </message>
</context>
<context>
    <name>RenewPairingDialog</name>
    <message>
        <source>(the same partner)</source>
        <translation>(the same partner)</translation>
    </message>
    <message>
        <source>New period from</source>
        <translation>New period from</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Renew the pairing</source>
        <translation>Renew the pairing</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
</context>
<context>
    <name>ReportError</name>
    <message>
        <source>%1 has no paired Lishui county.</source>
        <translation>%1 has no paired Lishui county.</translation>
    </message>
    <message>
        <source>Choose a month.</source>
        <translation>Choose a month.</translation>
    </message>
    <message>
        <source>Give the period (from and to dates).</source>
        <translation>Give the period (from and to dates).</translation>
    </message>
    <message>
        <source>Not a month: %1</source>
        <translation>Not a month: %1</translation>
    </message>
    <message>
        <source>Not a month: %1 (write it as 2019-03)</source>
        <translation>Not a month: %1 (write it as 2019-03)</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>The period ends before it starts.</translation>
    </message>
    <message>
        <source>Unknown county: %1</source>
        <translation>Unknown county: %1</translation>
    </message>
    <message>
        <source>Unknown form: %1</source>
        <translation>Unknown form: %1</translation>
    </message>
    <message>
        <source>Unknown training session: %1</source>
        <translation>Unknown training session: %1</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>%1 pages</source>
        <translation>%1 pages</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>Save the form</source>
        <translation>Save the form</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Whole page</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>%1 East-West cooperation working group</source>
        <translation>%1 East-West cooperation working group</translation>
    </message>
    <message>
        <source>%1 of %2 targets met so far this year.</source>
        <translation>%1 of %2 targets met so far this year.</translation>
    </message>
    <message>
        <source>%1 of them count for the labor target this month (marked ✓; each person once a year).</source>
        <translation>%1 of them count for the labor target this month (marked ✓; each person once a year).</translation>
    </message>
    <message>
        <source>%1 people placed this month, %2 of them from registered poor households.</source>
        <translation>%1 people placed this month, %2 of them from registered poor households.</translation>
    </message>
    <message>
        <source>%1 placements, %2 of them from registered poor households.</source>
        <translation>%1 placements, %2 of them from registered poor households.</translation>
    </message>
    <message>
        <source>%1 trainees on the roster.</source>
        <translation>%1 trainees on the roster.</translation>
    </message>
    <message>
        <source>(Seal of the unit)</source>
        <translation>(Seal of the unit)</translation>
    </message>
    <message>
        <source>1. Targets: this month and year to date</source>
        <translation>1. Targets: this month and year to date</translation>
    </message>
    <message>
        <source>2. Pairing activities and events this month</source>
        <translation>2. Pairing activities and events this month</translation>
    </message>
    <message>
        <source>3. Cadres on post</source>
        <translation>3. Cadres on post</translation>
    </message>
    <message>
        <source>4. Training sessions held this month</source>
        <translation>4. Training sessions held this month</translation>
    </message>
    <message>
        <source>5. New labor placements this month</source>
        <translation>5. New labor placements this month</translation>
    </message>
    <message>
        <source>6. Funds disbursed (year to date)</source>
        <translation>6. Funds disbursed (year to date)</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>All counties</source>
        <translation>All counties</translation>
    </message>
    <message>
        <source>All paired counties</source>
        <translation>All paired counties</translation>
    </message>
    <message>
        <source>Allocated (yuan)</source>
        <translation>Allocated (yuan)</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Category: %1</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>Counted: trainees this session adds to the training targets above (each person once a year per category).</source>
        <translation>Counted: trainees this session adds to the training targets above (each person once a year per category).</translation>
    </message>
    <message>
        <source>County</source>
        <translation>County</translation>
    </message>
    <message>
        <source>County (city, district)</source>
        <translation>County (city, district)</translation>
    </message>
    <message>
        <source>County: %1</source>
        <translation>County: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date: %1</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Dates: %1</source>
        <translation>Dates: %1</translation>
    </message>
    <message>
        <source>Disbursed (yuan)</source>
        <translation>Disbursed (yuan)</translation>
    </message>
    <message>
        <source>Disbursed on</source>
        <translation>Disbursed on</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>East-West cooperation monthly report: %1</source>
        <translation>East-West cooperation monthly report: %1</translation>
    </message>
    <message>
        <source>East-West cooperation pairing list of Lishui</source>
        <translation>East-West cooperation pairing list of Lishui</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>From registered poor households</source>
        <translation>From registered poor households</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Gap</translation>
    </message>
    <message>
        <source>Gathering data</source>
        <translation>Gathering data</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Home unit</source>
        <translation>Home unit</translation>
    </message>
    <message>
        <source>Hours: %1</source>
        <translation>Hours: %1</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Labor placement register: %1</source>
        <translation>Labor placement register: %1</translation>
    </message>
    <message>
        <source>Laying out pages</source>
        <translation>Laying out pages</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Lishui municipal office for paired assistance</source>
        <translation>Lishui municipal office for paired assistance</translation>
    </message>
    <message>
        <source>Lishui side</source>
        <translation>Lishui side</translation>
    </message>
    <message>
        <source>Lishui unit</source>
        <translation>Lishui unit</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Monthly wage (yuan)</source>
        <translation>Monthly wage (yuan)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>No targets for this year.</source>
        <translation>No targets for this year.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>None this month.</source>
        <translation>None this month.</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>Organiser (signature):</source>
        <translation>Organiser (signature):</translation>
    </message>
    <message>
        <source>Organiser: %1</source>
        <translation>Organiser: %1</translation>
    </message>
    <message>
        <source>Other pairings</source>
        <translation>Other pairings</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Paired county</source>
        <translation>Paired county</translation>
    </message>
    <message>
        <source>Paired county (district)</source>
        <translation>Paired county (district)</translation>
    </message>
    <message>
        <source>Paired county: %1</source>
        <translation>Paired county: %1</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Period: %1</translation>
    </message>
    <message>
        <source>Person in charge:</source>
        <translation>Person in charge:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>Place: %1</translation>
    </message>
    <message>
        <source>Placed this month</source>
        <translation>Placed this month</translation>
    </message>
    <message>
        <source>Poor household</source>
        <translation>Poor household</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <translation>Prepared by:</translation>
    </message>
    <message>
        <source>Prepared by: ____________    Reviewed by: ____________    Date: ____________</source>
        <translation>Prepared by: ____________    Reviewed by: ____________    Date: ____________</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Printed %1</translation>
    </message>
    <message>
        <source>Reporting period: %1</source>
        <translation>Reporting period: %1</translation>
    </message>
    <message>
        <source>Reporting unit: %1</source>
        <translation>Reporting unit: %1</translation>
    </message>
    <message>
        <source>Reviewed by:</source>
        <translation>Reviewed by:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Sichuan side</source>
        <translation>Sichuan side</translation>
    </message>
    <message>
        <source>Sign-in sheet: %1</source>
        <translation>Sign-in sheet: %1</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>Target value</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Trainee roster: %1</source>
        <translation>Trainee roster: %1</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Work place</source>
        <translation>Work place</translation>
    </message>
    <message>
        <source>Writing the file</source>
        <translation>Writing the file</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>Year to date</translation>
    </message>
    <message>
        <source>Year to date: %1</source>
        <translation>Year to date: %1</translation>
    </message>
    <message>
        <source>Year-to-date completion of each target (%)</source>
        <translation>Year-to-date completion of each target (%)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>firms</source>
        <translation>firms</translation>
    </message>
    <message>
        <source>items</source>
        <translation>items</translation>
    </message>
    <message>
        <source>person-times</source>
        <translation>person-times</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>persons</translation>
    </message>
    <message>
        <source>times</source>
        <translation>times</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>yuan</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>All counties</source>
        <translation>All counties</translation>
    </message>
    <message>
        <source>All counties (consolidated)</source>
        <translation>All counties (consolidated)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>County</source>
        <translation>County</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Full IDs and phones are printed; this was recorded.</source>
        <translation>Full IDs and phones are printed; this was recorded.</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Generate</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>Generating…</translation>
    </message>
    <message>
        <source>Labor placement register</source>
        <translation>Labor placement register</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Monthly sheet</source>
        <translation>Monthly sheet</translation>
    </message>
    <message>
        <source>Only when the form must carry them; each such print is recorded.</source>
        <translation>Only when the form must carry them; each such print is recorded.</translation>
    </message>
    <message>
        <source>Pairing list</source>
        <translation>Pairing list</translation>
    </message>
    <message>
        <source>Print full ID numbers and phones</source>
        <translation>Print full ID numbers and phones</translation>
    </message>
    <message>
        <source>Printed forms</source>
        <translation>Printed forms</translation>
    </message>
    <message>
        <source>Ready: %1 rows.</source>
        <translation>Ready: %1 rows.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Sign-in sheet</translation>
    </message>
    <message>
        <source>The form was written but cannot be shown here: %1</source>
        <translation>The form was written but cannot be shown here: %1</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Trainee roster</source>
        <translation>Trainee roster</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>%1 changes of %2 (numbers %3 to %4) in %5 contradict changes with the same numbers already held: its database was edited behind the program's back or copied. They were not applied.</source>
        <translation>%1 changes of %2 (numbers %3 to %4) in %5 contradict changes with the same numbers already held: its database was edited behind the program's back or copied. They were not applied.</translation>
    </message>
    <message>
        <source>%1 of record %2</source>
        <translation>%1 of record %2</translation>
    </message>
    <message>
        <source>%1 people share the name %2, birth date and village %3, and at least one has no resident ID.</source>
        <translation>%1 people share the name %2, birth date and village %3, and at least one has no resident ID.</translation>
    </message>
    <message>
        <source>%1 records look like the same one entered twice (same natural key):
%2</source>
        <translation>%1 records look like the same one entered twice (same natural key):
%2</translation>
    </message>
    <message>
        <source>(shown now)</source>
        <translation>(shown now)</translation>
    </message>
    <message>
        <source>Before both edits</source>
        <translation>Before both edits</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>Conflict: %1</translation>
    </message>
    <message>
        <source>Do not import it</source>
        <translation>Do not import it</translation>
    </message>
    <message>
        <source>Edited after it was deleted (%1)</source>
        <translation>Edited after it was deleted (%1)</translation>
    </message>
    <message>
        <source>Entered twice: %1</source>
        <translation>Entered twice: %1</translation>
    </message>
    <message>
        <source>Every computer shows the same value until someone decides; your choice travels with the next bundle.</source>
        <translation>Every computer shows the same value until someone decides; your choice travels with the next bundle.</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>From %1</translation>
    </message>
    <message>
        <source>Import it anyway</source>
        <translation>Import it anyway</translation>
    </message>
    <message>
        <source>Importing the bundle…</source>
        <translation>Importing the bundle…</translation>
    </message>
    <message>
        <source>Keep it deleted</source>
        <translation>Keep it deleted</translation>
    </message>
    <message>
        <source>Keep this value</source>
        <translation>Keep this value</translation>
    </message>
    <message>
        <source>Nothing to decide.</source>
        <translation>Nothing to decide.</translation>
    </message>
    <message>
        <source>Possible duplicate: %1</source>
        <translation>Possible duplicate: %1</translation>
    </message>
    <message>
        <source>Quarantined bundle: %1</source>
        <translation>Quarantined bundle: %1</translation>
    </message>
    <message>
        <source>Refused fork: %1</source>
        <translation>Refused fork: %1</translation>
    </message>
    <message>
        <source>Restore the record</source>
        <translation>Restore the record</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>They are the same person: merge</source>
        <translation>They are the same person: merge</translation>
    </message>
    <message>
        <source>They are the same: merge into one</source>
        <translation>They are the same: merge into one</translation>
    </message>
    <message>
        <source>This record (%1) was deleted on one computer and edited on another (%2).</source>
        <translation>This record (%1) was deleted on one computer and edited on another (%2).</translation>
    </message>
</context>
<context>
    <name>RosterPanel</name>
    <message>
        <source>%1 on the roster</source>
        <translation>%1 on the roster</translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation>%1 was not saved: %2</translation>
    </message>
    <message>
        <source>Known person: %1. Their details were filled in; this entry links to them.</source>
        <translation>Known person: %1. Their details were filled in; this entry links to them.</translation>
    </message>
    <message>
        <source>Next empty row</source>
        <translation>Next empty row</translation>
    </message>
    <message>
        <source>Remove from roster</source>
        <translation>Remove from roster</translation>
    </message>
    <message>
        <source>Saved %1. Next trainee:</source>
        <translation>Saved %1. Next trainee:</translation>
    </message>
    <message>
        <source>Saving %1… Next trainee:</source>
        <translation>Saving %1… Next trainee:</translation>
    </message>
    <message>
        <source>The row you had begun comes back after this one.</source>
        <translation>The row you had begun comes back after this one.</translation>
    </message>
    <message>
        <source>The row you had not saved is back; press Enter to save it.</source>
        <translation>The row you had not saved is back; press Enter to save it.</translation>
    </message>
    <message>
        <source>Type a trainee, Tab to the next field, Enter to save and start the next row. County, town, village, role and poor-household carry over to the next row.</source>
        <translation>Type a trainee, Tab to the next field, Enter to save and start the next row. County, town, village, role and poor-household carry over to the next row.</translation>
    </message>
</context>
<context>
    <name>SensitiveEdit</name>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Show the full number (this is recorded)</source>
        <translation>Show the full number (this is recorded)</translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <source>(a column of the sheet)</source>
        <translation>(a column of the sheet)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Session title</source>
        <translation>Session title</translation>
    </message>
    <message>
        <source>Title rows</source>
        <translation>Title rows</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>Each sheet is one session. Fill in what the workbook does not say (fields marked * are required).</source>
        <translation>Each sheet is one session. Fill in what the workbook does not say (fields marked * are required).</translation>
    </message>
    <message>
        <source>Hidden sheets, not read: %1</source>
        <translation>Hidden sheets, not read: %1</translation>
    </message>
    <message>
        <source>Sheets without a roster, not read: %1</source>
        <translation>Sheets without a roster, not read: %1</translation>
    </message>
    <message>
        <source>Training sessions</source>
        <translation>Training sessions</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>A new language takes effect when the program is started again.</source>
        <translation>A new language takes effect when the program is started again.</translation>
    </message>
    <message>
        <source>An office or a lead can keep its database on the office's PostgreSQL server (its data is moved there first, on the command line). Kept on this computer only.</source>
        <translation>An office or a lead can keep its database on the office's PostgreSQL server (its data is moved there first, on the command line). Kept on this computer only.</translation>
    </message>
    <message>
        <source>Data directory</source>
        <translation>Data directory</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Database file</translation>
    </message>
    <message>
        <source>Database on a PostgreSQL server</source>
        <translation>Database on a PostgreSQL server</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Device name</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Language of the program</source>
        <translation>Language of the program</translation>
    </message>
    <message>
        <source>Open at the next start</source>
        <translation>Open at the next start</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Saved. From the next start the program opens %1.</source>
        <translation>Saved. From the next start the program opens %1.</translation>
    </message>
    <message>
        <source>Saved. The new language takes effect when the program is started again.</source>
        <translation>Saved. The new language takes effect when the program is started again.</translation>
    </message>
    <message>
        <source>The role is the office's decision (its certificate for this computer): it cannot be changed here. The office changes it (Tools → Keys and enrolment → Change the selected device's role…) and this computer takes it from the office's next bundle.</source>
        <translation>The role is the office's decision (its certificate for this computer): it cannot be changed here. The office changes it (Tools → Keys and enrolment → Change the selected device's role…) and this computer takes it from the office's next bundle.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>This computer</translation>
    </message>
    <message>
        <source>Use from the next start</source>
        <translation>Use from the next start</translation>
    </message>
    <message>
        <source>Where the data is</source>
        <translation>Where the data is</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>postgresql://user@server/database, or empty: the database file</source>
        <translation>postgresql://user@server/database, or empty: the database file</translation>
    </message>
    <message>
        <source>the database file</source>
        <translation>the database file</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <source>A field laptop keeps its own database file; only an office or a lead store can live on a PostgreSQL server (use --role office or --role lead).</source>
        <translation>A field laptop keeps its own database file; only an office or a lead store can live on a PostgreSQL server (use --role office or --role lead).</translation>
    </message>
    <message>
        <source>Choose how this computer is set up.</source>
        <translation>Choose how this computer is set up.</translation>
    </message>
    <message>
        <source>Choose the deployment file the office gave you.</source>
        <translation>Choose the deployment file the office gave you.</translation>
    </message>
    <message>
        <source>Only an office or lead computer can export a deployment file.</source>
        <translation>Only an office or lead computer can export a deployment file.</translation>
    </message>
    <message>
        <source>Please enter your name; it is recorded with your changes.</source>
        <translation>Please enter your name; it is recorded with your changes.</translation>
    </message>
    <message>
        <source>The deployment file issues this computer as %1 (%2); leave out --device-name and --role, or ask the office for the right file.</source>
        <translation>The deployment file issues this computer as %1 (%2); leave out --device-name and --role, or ask the office for the right file.</translation>
    </message>
    <message>
        <source>The deployment file needs a newer version of the program (format %1).</source>
        <translation>The deployment file needs a newer version of the program (format %1).</translation>
    </message>
    <message>
        <source>The deployment file was written by an older version of the program; ask the office for a new one.</source>
        <translation>The deployment file was written by an older version of the program; ask the office for a new one.</translation>
    </message>
    <message>
        <source>The device name may not be empty.</source>
        <translation>The device name may not be empty.</translation>
    </message>
    <message>
        <source>The file is not a deployment file or it is damaged.</source>
        <translation>The file is not a deployment file or it is damaged.</translation>
    </message>
    <message>
        <source>The office issued this computer the role %1; only the office changes it.</source>
        <translation>The office issued this computer the role %1; only the office changes it.</translation>
    </message>
    <message>
        <source>The role must be field, lead or office.</source>
        <translation>The role must be field, lead or office.</translation>
    </message>
    <message>
        <source>This computer has no office key; it cannot set up laptops.</source>
        <translation>This computer has no office key; it cannot set up laptops.</translation>
    </message>
    <message>
        <source>This database already belongs to another deployment; use a new database file.</source>
        <translation>This database already belongs to another deployment; use a new database file.</translation>
    </message>
    <message>
        <source>This database has not been set up yet; run `lishui init` first.</source>
        <translation>This database has not been set up yet; run `lishui init` first.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>%1 exists already; a bundle never replaces a file. Choose another name or a folder.</source>
        <translation>%1 exists already; a bundle never replaces a file. Choose another name or a folder.</translation>
    </message>
    <message>
        <source>%1 is not a field that syncs.</source>
        <translation>%1 is not a field that syncs.</translation>
    </message>
    <message>
        <source>Choose at least two records to merge.</source>
        <translation>Choose at least two records to merge.</translation>
    </message>
    <message>
        <source>Records of kind %1 cannot be merged; use one of: %2</source>
        <translation>Records of kind %1 cannot be merged; use one of: %2</translation>
    </message>
    <message>
        <source>The record %1 does not exist.</source>
        <translation>The record %1 does not exist.</translation>
    </message>
    <message>
        <source>These people hold different resident IDs: they are not one person.</source>
        <translation>These people hold different resident IDs: they are not one person.</translation>
    </message>
    <message>
        <source>This computer's clock is %1 minutes behind the last time it recorded. Check the date and time; edits are still kept in the right order.</source>
        <translation>This computer's clock is %1 minutes behind the last time it recorded. Check the date and time; edits are still kept in the right order.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>(this computer)</source>
        <translation>(this computer)</translation>
    </message>
    <message>
        <source>Bundle history</source>
        <translation>Bundle history</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Changes held</source>
        <translation>Changes held</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Last bundle received</source>
        <translation>Last bundle received</translation>
    </message>
    <message>
        <source>Last bundle sent</source>
        <translation>Last bundle sent</translation>
    </message>
    <message>
        <source>Missing (a bundle never arrived)</source>
        <translation>Missing (a bundle never arrived)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>To decide</source>
        <translation>To decide</translation>
    </message>
    <message>
        <source>To decide (%1)</source>
        <translation>To decide (%1)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <source>out</source>
        <translation>out</translation>
    </message>
</context>
<context>
    <name>SyncTables</name>
    <message>
        <source>Cadre secondments</source>
        <translation>Cadre secondments</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Funded projects</source>
        <translation>Funded projects</translation>
    </message>
    <message>
        <source>Funds</source>
        <translation>Funds</translation>
    </message>
    <message>
        <source>Labor placements</source>
        <translation>Labor placements</translation>
    </message>
    <message>
        <source>Pairing activities</source>
        <translation>Pairing activities</translation>
    </message>
    <message>
        <source>Pairings</source>
        <translation>Pairings</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Placement follow-ups</source>
        <translation>Placement follow-ups</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Records merged into one</source>
        <translation>Records merged into one</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation>Trainees</translation>
    </message>
    <message>
        <source>Training sessions</source>
        <translation>Training sessions</translation>
    </message>
</context>
<context>
    <name>Targets</name>
    <message>
        <source>%1 already has a target for %2 to %3.</source>
        <translation>%1 already has a target for %2 to %3.</translation>
    </message>
    <message>
        <source>%1 cannot be filtered by %2; use one of: %3</source>
        <translation>%1 cannot be filtered by %2; use one of: %3</translation>
    </message>
    <message>
        <source>%1 counts distinct %2; use one of: %3</source>
        <translation>%1 counts distinct %2; use one of: %3</translation>
    </message>
    <message>
        <source>%1 has no date field %2; use one of: %3</source>
        <translation>%1 has no date field %2; use one of: %3</translation>
    </message>
    <message>
        <source>%1 has no start and end dates: in_force and months do not apply.</source>
        <translation>%1 has no start and end dates: in_force and months do not apply.</translation>
    </message>
    <message>
        <source>%1 is not a value of %2; use one of: %3</source>
        <translation>%1 is not a value of %2; use one of: %3</translation>
    </message>
    <message>
        <source>%1 must be a whole number of months.</source>
        <translation>%1 must be a whole number of months.</translation>
    </message>
    <message>
        <source>%1 names more than one target row; add --scope and --year, or give the row's id.</source>
        <translation>%1 names more than one target row; add --scope and --year, or give the row's id.</translation>
    </message>
    <message>
        <source>%1 takes yes or no.</source>
        <translation>%1 takes yes or no.</translation>
    </message>
    <message>
        <source>A count adds up no field; write sum for money.</source>
        <translation>A count adds up no field; write sum for money.</translation>
    </message>
    <message>
        <source>A count is not money: choose another unit.</source>
        <translation>A count is not money: choose another unit.</translation>
    </message>
    <message>
        <source>A deadline is a month and day such as 03-31, per year: 2018:05-31,*:03-31.</source>
        <translation>A deadline is a month and day such as 03-31, per year: 2018:05-31,*:03-31.</translation>
    </message>
    <message>
        <source>A rule starts with count or sum and a ledger, e.g. %1</source>
        <translation>A rule starts with count or sum and a ledger, e.g. %1</translation>
    </message>
    <message>
        <source>A sum adds up a money field of %1: %2</source>
        <translation>A sum adds up a money field of %1: %2</translation>
    </message>
    <message>
        <source>A sum of money is counted in yuan or 10,000 yuan.</source>
        <translation>A sum of money is counted in yuan or 10,000 yuan.</translation>
    </message>
    <message>
        <source>A target cannot be negative.</source>
        <translation>A target cannot be negative.</translation>
    </message>
    <message>
        <source>A target id is an area and a name in small letters, such as %1.</source>
        <translation>A target id is an area and a name in small letters, such as %1.</translation>
    </message>
    <message>
        <source>City level</source>
        <translation>City level</translation>
    </message>
    <message>
        <source>Cooperation cadres trained</source>
        <translation>Cooperation cadres trained</translation>
    </message>
    <message>
        <source>Division-level cadres seconded</source>
        <translation>Division-level cadres seconded</translation>
    </message>
    <message>
        <source>Each county</source>
        <translation>Each county</translation>
    </message>
    <message>
        <source>Enterprises visiting the paired areas</source>
        <translation>Enterprises visiting the paired areas</translation>
    </message>
    <message>
        <source>Financial aid disbursed on time</source>
        <translation>Financial aid disbursed on time</translation>
    </message>
    <message>
        <source>Give the new target a name.</source>
        <translation>Give the new target a name.</translation>
    </message>
    <message>
        <source>Hospital pairings</source>
        <translation>Hospital pairings</translation>
    </message>
    <message>
        <source>Joint meetings</source>
        <translation>Joint meetings</translation>
    </message>
    <message>
        <source>Leaders' visits to the paired areas</source>
        <translation>Leaders' visits to the paired areas</translation>
    </message>
    <message>
        <source>Long-term professional talents (1.5 years or more)</source>
        <translation>Long-term professional talents (1.5 years or more)</translation>
    </message>
    <message>
        <source>No counting rule for the target %1.</source>
        <translation>No counting rule for the target %1.</translation>
    </message>
    <message>
        <source>No such target: %1</source>
        <translation>No such target: %1</translation>
    </message>
    <message>
        <source>Only a sum of money has a deadline.</source>
        <translation>Only a sum of money has a deadline.</translation>
    </message>
    <message>
        <source>Party committee hearings on the work</source>
        <translation>Party committee hearings on the work</translation>
    </message>
    <message>
        <source>Poor-village cadres trained</source>
        <translation>Poor-village cadres trained</translation>
    </message>
    <message>
        <source>Program total</source>
        <translation>Program total</translation>
    </message>
    <message>
        <source>Registered-poor people placed in jobs</source>
        <translation>Registered-poor people placed in jobs</translation>
    </message>
    <message>
        <source>Rural wealth leaders trained</source>
        <translation>Rural wealth leaders trained</translation>
    </message>
    <message>
        <source>School pairings</source>
        <translation>School pairings</translation>
    </message>
    <message>
        <source>Section-level cadres seconded</source>
        <translation>Section-level cadres seconded</translation>
    </message>
    <message>
        <source>Short-term professional talents (3 to 12 months)</source>
        <translation>Short-term professional talents (3 to 12 months)</translation>
    </message>
    <message>
        <source>The filter %1 has no value.</source>
        <translation>The filter %1 has no value.</translation>
    </message>
    <message>
        <source>The rule is not valid JSON.</source>
        <translation>The rule is not valid JSON.</translation>
    </message>
    <message>
        <source>The years %1 to %2 are not a range.</source>
        <translation>The years %1 to %2 are not a range.</translation>
    </message>
    <message>
        <source>Town-town pairings</source>
        <translation>Town-town pairings</translation>
    </message>
    <message>
        <source>Unknown ledger %1; use one of: %2</source>
        <translation>Unknown ledger %1; use one of: %2</translation>
    </message>
    <message>
        <source>Unknown scope: %1</source>
        <translation>Unknown scope: %1</translation>
    </message>
    <message>
        <source>Unknown unit: %1</source>
        <translation>Unknown unit: %1</translation>
    </message>
    <message>
        <source>Village-village pairings</source>
        <translation>Village-village pairings</translation>
    </message>
    <message>
        <source>Working-group leader</source>
        <translation>Working-group leader</translation>
    </message>
    <message>
        <source>cadres</source>
        <translation>cadres</translation>
    </message>
    <message>
        <source>events</source>
        <translation>events</translation>
    </message>
    <message>
        <source>funds</source>
        <translation>funds</translation>
    </message>
    <message>
        <source>labor placements</source>
        <translation>labor placements</translation>
    </message>
    <message>
        <source>pairing activities</source>
        <translation>pairing activities</translation>
    </message>
    <message>
        <source>pairings</source>
        <translation>pairings</translation>
    </message>
    <message>
        <source>trainees</source>
        <translation>trainees</translation>
    </message>
    <message>
        <source>training sessions</source>
        <translation>training sessions</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <source>Add targets for %1</source>
        <translation>Add targets for %1</translation>
    </message>
    <message>
        <source>Counting rule</source>
        <translation>Counting rule</translation>
    </message>
    <message>
        <source>Double-click a year or a threshold to change it. A new year gets its own rows, so earlier years keep their targets.</source>
        <translation>Double-click a year or a threshold to change it. A new year gets its own rows, so earlier years keep their targets.</translation>
    </message>
    <message>
        <source>End after year…</source>
        <translation>End after year…</translation>
    </message>
    <message>
        <source>End target</source>
        <translation>End target</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Last year the target applies to:</source>
        <translation>Last year the target applies to:</translation>
    </message>
    <message>
        <source>New target…</source>
        <translation>New target…</translation>
    </message>
    <message>
        <source>Please enter a whole number.</source>
        <translation>Please enter a whole number.</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Seed wording</source>
        <translation>Seed wording</translation>
    </message>
    <message>
        <source>Select a target first.</source>
        <translation>Select a target first.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>10,000 yuan</source>
        <translation>10,000 yuan</translation>
    </message>
    <message>
        <source>enterprise</source>
        <translation>enterprise</translation>
    </message>
    <message>
        <source>item</source>
        <translation>item</translation>
    </message>
    <message>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <source>person-time</source>
        <translation>person-time</translation>
    </message>
    <message>
        <source>time</source>
        <translation>time</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>yuan</translation>
    </message>
</context>
<context>
    <name>Unlock</name>
    <message>
        <source>Encrypt the database?</source>
        <translation>Encrypt the database?</translation>
    </message>
    <message>
        <source>Encrypted database</source>
        <translation>Encrypted database</translation>
    </message>
    <message>
        <source>Encrypting the database…</source>
        <translation>Encrypting the database…</translation>
    </message>
    <message>
        <source>New start passphrase</source>
        <translation>New start passphrase</translation>
    </message>
    <message>
        <source>Start passphrase or recovery code</source>
        <translation>Start passphrase or recovery code</translation>
    </message>
    <message>
        <source>The database is encrypted</source>
        <translation>The database is encrypted</translation>
    </message>
    <message>
        <source>The database is encrypted. Print the paper key backup now (Tools, Keys and enrolment): its recovery code is the only way to open the database on another computer.</source>
        <translation>The database is encrypted. Print the paper key backup now (Tools, Keys and enrolment): its recovery code is the only way to open the database on another computer.</translation>
    </message>
    <message>
        <source>The passphrase once more</source>
        <translation>The passphrase once more</translation>
    </message>
    <message>
        <source>This database is not encrypted: whoever finds this laptop or copies its disk can read every resident ID and phone number in it. Encrypt it now? A verified encrypted copy replaces it; the plain file and plain backups are overwritten and removed. This takes a moment.</source>
        <translation>This database is not encrypted: whoever finds this laptop or copies its disk can read every resident ID and phone number in it. Encrypt it now? A verified encrypted copy replaces it; the plain file and plain backups are overwritten and removed. This takes a moment.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1 is required.</translation>
    </message>
    <message>
        <source>A phone number is an 11-digit mobile number or a landline with area code.</source>
        <translation>A phone number is an 11-digit mobile number or a landline with area code.</translation>
    </message>
    <message>
        <source>A resident ID number has 18 characters: 17 digits and a digit or X.</source>
        <translation>A resident ID number has 18 characters: 17 digits and a digit or X.</translation>
    </message>
    <message>
        <source>An amount may not be negative.</source>
        <translation>An amount may not be negative.</translation>
    </message>
    <message>
        <source>An amount of money is a number of yuan.</source>
        <translation>An amount of money is a number of yuan.</translation>
    </message>
    <message>
        <source>Answer with 是 or 否 (yes or no).</source>
        <translation>Answer with 是 or 否 (yes or no).</translation>
    </message>
    <message>
        <source>The birth date in the resident ID number is in the future.</source>
        <translation>The birth date in the resident ID number is in the future.</translation>
    </message>
    <message>
        <source>The birth date in the resident ID number is not valid.</source>
        <translation>The birth date in the resident ID number is not valid.</translation>
    </message>
    <message>
        <source>The check digit of the resident ID number is wrong; a digit was mistyped.</source>
        <translation>The check digit of the resident ID number is wrong; a digit was mistyped.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <source>The region code in the resident ID number is not valid.</source>
        <translation>The region code in the resident ID number is not valid.</translation>
    </message>
    <message>
        <source>The resident ID number is empty.</source>
        <translation>The resident ID number is empty.</translation>
    </message>
    <message>
        <source>This is not a date.</source>
        <translation>This is not a date.</translation>
    </message>
    <message>
        <source>This is not a date; write it as 2019-03-01.</source>
        <translation>This is not a date; write it as 2019-03-01.</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Something went wrong; nothing was changed. Details are in the log file: %1</source>
        <translation>Something went wrong; nothing was changed. Details are in the log file: %1</translation>
    </message>
    <message>
        <source>The database is in use by another program (for example one that is reading it), so nothing was changed. Close that program, or wait a moment, and try again.</source>
        <translation>The database is in use by another program (for example one that is reading it), so nothing was changed. Close that program, or wait a moment, and try again.</translation>
    </message>
    <message>
        <source>The file could not be read or written: %1</source>
        <translation>The file could not be read or written: %1</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>ambiguous option: %(option)s could match %(matches)s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>expected at least one argument</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>expected one argument</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>ignored explicit argument %r</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>invalid %(type)s value: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>invalid choice: %(value)r (choose from %(choices)s)</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>not allowed with argument %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>one of the arguments %s is required</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>positional arguments</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>show this help message and exit</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>the following arguments are required: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>unrecognized arguments: %s</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>usage: </translation>
    </message>
</context>
</TS>
