<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>FiguresCommand</name>
    <message numerus="yes">
        <source>pooled from %n sources: %1</source>
        <translation>
            <numerusform>pooled from %n source: %1</numerusform>
            <numerusform>pooled from %n sources: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanImportHistory</name>
    <message numerus="yes">
        <source>%n progress update(s)</source>
        <translation>
            <numerusform>%n progress update</numerusform>
            <numerusform>%n progress updates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plan edit(s)</source>
        <translation>
            <numerusform>%n plan edit</numerusform>
            <numerusform>%n plan edits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n baseline(s)</source>
        <translation>
            <numerusform>%n baseline</numerusform>
            <numerusform>%n baselines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportTableSection</name>
    <message numerus="yes">
        <source>%1
slipped %n day(s)</source>
        <comment>against the baseline</comment>
        <translation>
            <numerusform>%1
slipped %n day</numerusform>
            <numerusform>%1
slipped %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1
%n day(s) earlier</source>
        <comment>than the baseline</comment>
        <translation>
            <numerusform>%1
%n day earlier</numerusform>
            <numerusform>%1
%n days earlier</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>milepost::FieldRulesDialog</name>
    <message numerus="yes">
        <source>%n word(s) read as others</source>
        <translation>
            <numerusform>%n word read as another</numerusform>
            <numerusform>%n words read as others</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>milepost::ImportedDataDialog</name>
    <message numerus="yes">
        <source>%n imports.</source>
        <translation>
            <numerusform>%n import.</numerusform>
            <numerusform>%n imports.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>milepost::KeyFigureTile</name>
    <message numerus="yes">
        <source>Pooled from %n sources</source>
        <translation>
            <numerusform>Pooled from %n source</numerusform>
            <numerusform>Pooled from %n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pooled from %n sources: %1.</source>
        <translation>
            <numerusform>Pooled from %n source: %1.</numerusform>
            <numerusform>Pooled from %n sources: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>milepost::MappingPage</name>
    <message numerus="yes">
        <source>fits this file without %n optional column(s)</source>
        <translation>
            <numerusform>fits this file without %n optional column</numerusform>
            <numerusform>fits this file without %n optional columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) missing</source>
        <translation>
            <numerusform>%n column missing</numerusform>
            <numerusform>%n columns missing</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>milepost::PlanImportsPanel</name>
    <message numerus="yes">
        <source>%n plan imports. The selected one can be removed.</source>
        <translation>
            <numerusform>%n plan import. The selected one can be removed.</numerusform>
            <numerusform>%n plan imports. The selected one can be removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plan imports. The selected one cannot be removed: %1</source>
        <translation>
            <numerusform>%n plan import. The selected one cannot be removed: %1</numerusform>
            <numerusform>%n plan imports. The selected one cannot be removed: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the import of the plan “%1” (%2, %n milestone(s))?</source>
        <translation>
            <numerusform>Remove the import of the plan “%1” (%2, %n milestone)?</numerusform>
            <numerusform>Remove the import of the plan “%1” (%2, %n milestones)?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>milepost::PlanMergeDialog</name>
    <message numerus="yes">
        <source>%n value(s) a person edited stay as the person set them; the edition&apos;s value is listed.</source>
        <translation>
            <numerusform>%n value a person edited stays as the person set it; the edition&apos;s value is listed.</numerusform>
            <numerusform>%n values a person edited stay as the person set them; the edition&apos;s value is listed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>milepost::PreviewPage</name>
    <message numerus="yes">
        <source>%n of them (marked ⚠) cannot be read as they are and would be rejected; point at the line number for the reason.</source>
        <translation>
            <numerusform>%n of them (marked ⚠) cannot be read as it is and would be rejected; point at the line number for the reason.</numerusform>
            <numerusform>%n of them (marked ⚠) cannot be read as they are and would be rejected; point at the line number for the reason.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>milepost::ProgressActions</name>
    <message numerus="yes">
        <source>Wrote an update sheet of %n milestone(s) to %1.</source>
        <translation>
            <numerusform>Wrote an update sheet of %n milestone to %1.</numerusform>
            <numerusform>Wrote an update sheet of %n milestones to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>milepost::ProgressSheetDialog</name>
    <message numerus="yes">
        <source>Import %n Update(s)</source>
        <translation>
            <numerusform>Import %n Update</numerusform>
            <numerusform>Import %n Updates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>milepost::ReportActions</name>
    <message numerus="yes">
        <source>Saved the report (%n page(s)) as %1.</source>
        <translation>
            <numerusform>Saved the report (%n page) as %1.</numerusform>
            <numerusform>Saved the report (%n pages) as %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>milepost::ReportPage</name>
    <message numerus="yes">
        <source>%n listed; the saved report has the same and the counts above.</source>
        <translation>
            <numerusform>%n listed; the saved report has the same and the counts above.</numerusform>
            <numerusform>%n listed; the saved report has the same and the counts above.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>milepost::RestoreBackupDialog</name>
    <message numerus="yes">
        <source>Milepost backs up the database before every import, plan import, removal and upgrade, and keeps the last %n. Restoring replaces everything in the database with the backup; the database as it is now is backed up first, so a restore can be undone in turn.</source>
        <translation>
            <numerusform>Milepost backs up the database before every import, plan import, removal and upgrade, and keeps the last one. Restoring replaces everything in the database with the backup; the database as it is now is backed up first, so a restore can be undone in turn.</numerusform>
            <numerusform>Milepost backs up the database before every import, plan import, removal and upgrade, and keeps the last %n. Restoring replaces everything in the database with the backup; the database as it is now is backed up first, so a restore can be undone in turn.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>milepost::WideColumnsDialog</name>
    <message numerus="yes">
        <source>%n column(s) become rows:</source>
        <translation>
            <numerusform>%n column becomes rows:</numerusform>
            <numerusform>%n columns become rows:</numerusform>
        </translation>
    </message>
</context>
</TS>
