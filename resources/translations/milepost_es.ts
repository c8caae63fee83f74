<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>BaselineRepository</name>
    <message>
        <source>a baseline needs a name</source>
        <translation>una línea base necesita un nombre</translation>
    </message>
    <message>
        <source>the plan already has a baseline named “%1”</source>
        <translation>el plan ya tiene una línea base llamada «%1»</translation>
    </message>
</context>
<context>
    <name>BoardPack</name>
    <message>
        <source>As of %1</source>
        <translation>Al %1</translation>
    </message>
    <message>
        <source>No as-of date</source>
        <translation>Sin fecha de corte</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Impreso el %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>nothing to print</source>
        <translation>nada que imprimir</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>página %1</translation>
    </message>
    <message>
        <source>pages %1–%2</source>
        <translation>páginas %1–%2</translation>
    </message>
    <message>
        <source>%1.  %2</source>
        <comment>number, section</comment>
        <translation>%1.  %2</translation>
    </message>
    <message>
        <source>No section was chosen.</source>
        <translation>No se eligió ninguna sección.</translation>
    </message>
</context>
<context>
    <name>BoardPackBuilder</name>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Board pack</source>
        <translation>Carpeta para la Junta</translation>
    </message>
    <message>
        <source>Board pack: %1</source>
        <translation>Carpeta para la Junta: %1</translation>
    </message>
    <message>
        <source>Plan filters: %1</source>
        <translation>Filtros del plan: %1</translation>
    </message>
    <message>
        <source>none, the whole plan</source>
        <translation>ninguno, todo el plan</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>filter, value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Dashboard filters: %1</source>
        <translation>Filtros del tablero: %1</translation>
    </message>
    <message>
        <source>none, every row</source>
        <translation>ninguno, todas las filas</translation>
    </message>
    <message>
        <source>Dashboard: %1</source>
        <translation>Tablero: %1</translation>
    </message>
</context>
<context>
    <name>BoardPackSection</name>
    <message>
        <source>Plan summary</source>
        <translation>Resumen del plan</translation>
    </message>
    <message>
        <source>Milestones by objective</source>
        <translation>Hitos por objetivo</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronograma</translation>
    </message>
    <message>
        <source>Staffing</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>Inscripción</translation>
    </message>
    <message>
        <source>Capital projects</source>
        <translation>Proyectos de capital</translation>
    </message>
    <message>
        <source>an empty section name in &quot;%1&quot;; the sections are %2</source>
        <translation>un nombre de sección vacío en &quot;%1&quot;; las secciones son %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a section; the sections are %2</source>
        <translation>&quot;%1&quot; no es una sección; las secciones son %2</translation>
    </message>
    <message>
        <source>the section &quot;%1&quot; is named twice</source>
        <translation>la sección &quot;%1&quot; se nombra dos veces</translation>
    </message>
</context>
<context>
    <name>BuildInfo</name>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (compilado con %2)</translation>
    </message>
    <message>
        <source>Milepost %1</source>
        <translation>Milepost %1</translation>
    </message>
    <message>
        <source>Qt %1, SQLite %2</source>
        <translation>Qt %1, SQLite %2</translation>
    </message>
    <message>
        <source>Database: none (no data folder)</source>
        <translation>Base de datos: ninguna (no hay carpeta de datos)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>Database: %1 (created on first use)</source>
        <translation>Base de datos: %1 (se crea en el primer uso)</translation>
    </message>
</context>
<context>
    <name>BuiltInProfiles</name>
    <message>
        <source>Milepost&apos;s own CSV for %1</source>
        <translation>CSV propio de Milepost para %1</translation>
    </message>
    <message>
        <source>NYC School Construction Authority: Capital Project Schedules and Budgets (NYC Open Data)</source>
        <translation>NYC School Construction Authority: cronogramas y presupuestos de proyectos de capital (NYC Open Data)</translation>
    </message>
</context>
<context>
    <name>BundledData</name>
    <message>
        <source>The database cannot be read.</source>
        <translation>No se puede leer la base de datos.</translation>
    </message>
    <message>
        <source>The plan that ships with Milepost could not be imported: %1</source>
        <translation>No se pudo importar el plan que viene con Milepost: %1</translation>
    </message>
</context>
<context>
    <name>CapitalBulkWriter</name>
    <message>
        <source>more capital projects than one import can hold</source>
        <translation>más proyectos de capital de los que cabe en una importación</translation>
    </message>
</context>
<context>
    <name>CapitalDashboardQuery</name>
    <message>
        <source>Could not read the capital project phases: %1</source>
        <translation>No se pudieron leer las fases de los proyectos de capital: %1</translation>
    </message>
    <message>
        <source>Could not read the capital projects: %1</source>
        <translation>No se pudieron leer los proyectos de capital: %1</translation>
    </message>
    <message>
        <source>Could not count the capital projects: %1</source>
        <translation>No se pudieron contar los proyectos de capital: %1</translation>
    </message>
    <message>
        <source>Could not sort the capital projects: %1</source>
        <translation>No se pudieron ordenar los proyectos de capital: %1</translation>
    </message>
    <message>
        <source>The capital projects are being counted.</source>
        <translation>Se están contando los proyectos de capital.</translation>
    </message>
    <message>
        <source>Could not count the capital projects: a sum of amounts is too large.</source>
        <translation>No se pudieron contar los proyectos de capital: una suma de importes es demasiado grande.</translation>
    </message>
    <message>
        <source>the projects changed while they were read</source>
        <translation>los proyectos cambiaron mientras se leían</translation>
    </message>
</context>
<context>
    <name>CapitalFigures</name>
    <message>
        <source>On time or early</source>
        <translation>A tiempo o antes</translation>
    </message>
    <message>
        <source>Over a year</source>
        <translation>Más de un año</translation>
    </message>
    <message>
        <source>%1–%2 days</source>
        <comment>slip bucket</comment>
        <translation>%1–%2 días</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>Estimate at completion</source>
        <translation>Estimado final</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Gastado</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Proyectos</translation>
    </message>
    <message>
        <source>Measured on ended phases</source>
        <translation>Medido en fases terminadas</translation>
    </message>
    <message>
        <source>Still open past planned end (at least)</source>
        <translation>Abierta después del fin previsto (al menos)</translation>
    </message>
    <message>
        <source>(no type)</source>
        <translation>(sin tipo)</translation>
    </message>
    <message>
        <source>(no district)</source>
        <translation>(sin distrito)</translation>
    </message>
</context>
<context>
    <name>CapitalFiguresQuery</name>
    <message>
        <source>Could not read the capital project phases: %1</source>
        <translation>No se pudieron leer las fases de los proyectos de capital: %1</translation>
    </message>
    <message>
        <source>Could not count the capital projects: %1</source>
        <translation>No se pudieron contar los proyectos de capital: %1</translation>
    </message>
    <message>
        <source>Could not read the capital projects: %1</source>
        <translation>No se pudieron leer los proyectos de capital: %1</translation>
    </message>
</context>
<context>
    <name>CapitalProjectSummary</name>
    <message>
        <source>Not started</source>
        <translation>Sin iniciar</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Between phases</source>
        <translation>Entre fases</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>No planned end</source>
        <translation>Sin fin previsto</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>Aún no vence</translation>
    </message>
    <message>
        <source>Measured on ended phases</source>
        <translation>Medido en fases terminadas</translation>
    </message>
    <message>
        <source>Open past planned end</source>
        <translation>Abierto después del fin previsto</translation>
    </message>
</context>
<context>
    <name>CapitalTimelineQuery</name>
    <message>
        <source>The reading of the capital projects was cancelled.</source>
        <translation>Se canceló la lectura de los proyectos de capital.</translation>
    </message>
    <message>
        <source>Could not read the capital projects: %1</source>
        <translation>No se pudieron leer los proyectos de capital: %1</translation>
    </message>
    <message>
        <source>Could not read the capital project phases: %1</source>
        <translation>No se pudieron leer las fases de los proyectos de capital: %1</translation>
    </message>
</context>
<context>
    <name>ChangesCommand</name>
    <message>
        <source>  changes --since DATE [--until DATE] [--json] [--db PATH]
      What changed after --since up to --until (default: today), grouped for a board:
      new and removed milestones, completions, dates moved with the days they slipped,
      status changes, objectives, renames, percent complete and other recorded values,
      with the notes given. From both the plan edits and the progress updates. Needs no
      display.
</source>
        <translation>  changes --since FECHA [--until FECHA] [--json] [--db RUTA]
      Lo que cambió después de --since hasta --until (predeterminado: hoy), agrupado para la
      Junta: hitos nuevos y quitados, terminaciones, fechas movidas con los días que se
      retrasaron, cambios de estado, objetivos, cambios de nombre, porcentaje completado y
      otros valores registrados, con las notas indicadas. Tanto de las ediciones del plan
      como de las actualizaciones de avance. No necesita pantalla.
</translation>
    </message>
    <message>
        <source>milepost: changes takes no FILE</source>
        <translation>milepost: changes no recibe ARCHIVO</translation>
    </message>
    <message>
        <source>milepost: changes needs --since DATE, e.g. the day of the last board report</source>
        <translation>milepost: changes necesita --since FECHA, p. ej. el día del último informe a la Junta</translation>
    </message>
    <message>
        <source>milepost: --until %1 is before --since %2</source>
        <translation>milepost: --until %1 es anterior a --since %2</translation>
    </message>
    <message>
        <source>milepost: %1</source>
        <translation>milepost: %1</translation>
    </message>
    <message>
        <source>Changes after %1 up to %2</source>
        <translation>Cambios después del %1 hasta el %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>group, count</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>  %1  milestone %2 “%3” (%4)</source>
        <comment>as-of date, id, title, objective</comment>
        <translation>  %1  hito %2 “%3” (%4)</translation>
    </message>
    <message>
        <source>  %1  objective “%2”</source>
        <comment>as-of date, title</comment>
        <translation>  %1  objetivo “%2”</translation>
    </message>
    <message>
        <source>      Note: %1 (%2, %3)</source>
        <comment>text, who, as-of date</comment>
        <translation>      Nota: %1 (%2, %3)</translation>
    </message>
</context>
<context>
    <name>ChangesHtml</name>
    <message>
        <source>%1 (%2)</source>
        <comment>group, count</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>objective</source>
        <translation>objetivo</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>al %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>who, day</comment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>ChartSpec</name>
    <message>
        <source>%1%</source>
        <comment>percent</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>$%1B</source>
        <comment>billions of dollars</comment>
        <translation>$%1 mil M</translation>
    </message>
    <message>
        <source>$%1M</source>
        <comment>millions of dollars</comment>
        <translation>$%1 M</translation>
    </message>
    <message>
        <source>$%1K</source>
        <comment>thousands of dollars</comment>
        <translation>$%1 mil</translation>
    </message>
    <message>
        <source>$%1</source>
        <comment>dollars</comment>
        <translation>$%1</translation>
    </message>
    <message>
        <source>$ billions</source>
        <translation>miles de millones de $</translation>
    </message>
    <message>
        <source>$ millions</source>
        <translation>millones de $</translation>
    </message>
    <message>
        <source>$ thousands</source>
        <translation>miles de $</translation>
    </message>
    <message>
        <source>$</source>
        <translation>$</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>axis title, unit</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>category, value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No data for this chart under the current filters.</source>
        <translation>No hay datos para este gráfico con los filtros actuales.</translation>
    </message>
    <message>
        <source>Too little data for a trend: each line would be a single point. Ctrl+T shows the values as a table.</source>
        <translation>Hay muy pocos datos para una tendencia: cada línea sería un solo punto. Ctrl+T muestra los valores como tabla.</translation>
    </message>
</context>
<context>
    <name>CommandIo</name>
    <message>
        <source>milepost: --%1 %2 is not a day (use YYYY-MM-DD)</source>
        <translation>milepost: --%1 %2 no es un día (use AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>milepost: no database at %1</source>
        <translation>milepost: no hay base de datos en %1</translation>
    </message>
    <message>
        <source>milepost: cannot open database %1: %2</source>
        <translation>milepost: no se puede abrir la base de datos %1: %2</translation>
    </message>
    <message>
        <source>milepost: warning: %1</source>
        <translation>milepost: advertencia: %1</translation>
    </message>
    <message>
        <source>milepost: there is no data folder for Milepost&apos;s database%1; give one with --db PATH</source>
        <translation>milepost: no hay carpeta de datos para la base de datos de Milepost%1; indique una con --db RUTA</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>milepost: cannot create the database %1: %2</source>
        <translation>milepost: no se puede crear la base de datos %1: %2</translation>
    </message>
    <message>
        <source>milepost: created a new database at %1 with the plan and sample data that ship with Milepost</source>
        <translation>milepost: se creó una nueva base de datos en %1 con el plan y los datos de muestra que vienen con Milepost</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Milepost reads a district plan report into objectives and milestones, keeps it in a local database and shows what the import could not read.

Commands:
  import-plan FILE --db PATH [--json] [--force]
      Read FILE, store it in the database at PATH (replacing the plan read from the same
      file before) and list the findings. A reading that looks wrong (no milestones, far
      more findings than milestones) replaces a stored plan only with --force. Needs no display.
</source>
        <translation>Milepost lee el informe de un plan del distrito y lo organiza en objetivos e hitos, lo guarda en una
base de datos local y muestra lo que la importación no pudo leer.

Comandos:
  import-plan ARCHIVO --db RUTA [--json] [--force]
      Lee ARCHIVO, lo guarda en la base de datos en RUTA (reemplaza el plan leído antes del
      mismo archivo) y enumera los hallazgos. Una lectura que parece errónea (sin hitos, muchos
      más hallazgos que hitos) reemplaza un plan guardado solo con --force. No necesita pantalla.
</translation>
    </message>
    <message>
        <source>
Without a command Milepost opens its window on the database given with --db, or on
its own database in the user&apos;s data folder.</source>
        <translation>
Sin comando, Milepost abre su ventana con la base de datos indicada con --db, o con
su propia base de datos en la carpeta de datos del usuario.</translation>
    </message>
    <message>
        <source>A command and its arguments, e.g. import-plan FILE.</source>
        <translation>Un comando y sus argumentos, p. ej. import-plan ARCHIVO.</translation>
    </message>
    <message>
        <source>[command [arguments]]</source>
        <translation>[comando [argumentos]]</translation>
    </message>
    <message>
        <source>milepost: %1</source>
        <translation>milepost: %1</translation>
    </message>
    <message>
        <source>Try “milepost --help” for more information.</source>
        <translation>Escriba “milepost --help” para más información.</translation>
    </message>
    <message>
        <source>milepost: --json goes with a command, e.g. import-plan FILE --db PATH --json</source>
        <translation>milepost: --json va con un comando, p. ej. import-plan ARCHIVO --db RUTA --json</translation>
    </message>
    <message>
        <source>milepost: unknown command “%1”; try “milepost --help”</source>
        <translation>milepost: comando desconocido “%1”; pruebe “milepost --help”</translation>
    </message>
    <message>
        <source>milepost: import-plan takes exactly one FILE</source>
        <translation>milepost: import-plan recibe exactamente un ARCHIVO</translation>
    </message>
    <message>
        <source>milepost: import-plan needs --db PATH</source>
        <translation>milepost: import-plan necesita --db RUTA</translation>
    </message>
    <message>
        <source>Milepost</source>
        <translation>Milepost</translation>
    </message>
    <message>
        <source>Milepost cannot create its data folder. Start it with --db PATH to choose where its database lives.</source>
        <translation>Milepost no puede crear su carpeta de datos. Inícielo con --db RUTA para elegir dónde guardar su base de datos.</translation>
    </message>
    <message>
        <source>Milepost cannot open the database “%1”.

%2</source>
        <translation>Milepost no puede abrir la base de datos “%1”.

%2</translation>
    </message>
    <message>
        <source>Milepost could not set up its first database.

%1</source>
        <translation>Milepost no pudo preparar su primera base de datos.

%1</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Muestra esta ayuda y termina.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Muestra la versión y termina.</translation>
    </message>
    <message>
        <source>Use the database at &lt;path&gt;.</source>
        <translation>Usa la base de datos en &lt;ruta&gt;.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>ruta</translation>
    </message>
    <message>
        <source>import-plan: replace the stored plan even when the file looks misread.</source>
        <translation>import-plan: reemplaza el plan guardado aunque el archivo parezca mal leído.</translation>
    </message>
    <message>
        <source>import-plan: print the result as one JSON object.</source>
        <translation>import-plan: imprime el resultado como un solo objeto JSON.</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Contraseña para %1:</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>“%1” is not a savepoint name</source>
        <translation>«%1» no es un nombre de punto de guardado</translation>
    </message>
</context>
<context>
    <name>CountText</name>
    <message>
        <source>1 objective</source>
        <translation>1 objetivo</translation>
    </message>
    <message>
        <source>%1 objectives</source>
        <translation>%1 objetivos</translation>
    </message>
    <message>
        <source>1 milestone</source>
        <translation>1 hito</translation>
    </message>
    <message>
        <source>%1 milestones</source>
        <translation>%1 hitos</translation>
    </message>
    <message>
        <source>1 finding</source>
        <translation>1 hallazgo</translation>
    </message>
    <message>
        <source>%1 findings</source>
        <translation>%1 hallazgos</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 fila</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 filas</translation>
    </message>
</context>
<context>
    <name>CsvDialect</name>
    <message>
        <source>comma (,)</source>
        <translation>coma (,)</translation>
    </message>
    <message>
        <source>semicolon (;)</source>
        <translation>punto y coma (;)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulación</translation>
    </message>
    <message>
        <source>pipe (|)</source>
        <translation>barra vertical (|)</translation>
    </message>
    <message>
        <source>character %1</source>
        <translation>carácter %1</translation>
    </message>
</context>
<context>
    <name>CsvPreview</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>no se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>elegido</translation>
    </message>
    <message>
        <source>the header (line %1) cannot be read: %2</source>
        <translation>no se puede leer el encabezado (línea %1): %2</translation>
    </message>
    <message>
        <source>%1 is empty: it has no header line naming its columns</source>
        <translation>%1 está vacío: no tiene una línea de encabezado que nombre sus columnas</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>could not read the file: %1</source>
        <translation>no se pudo leer el archivo: %1</translation>
    </message>
    <message>
        <source>line %1 does not end within %2 MB: the file is not a table of text lines</source>
        <translation>la línea %1 no termina dentro de %2 MB: el archivo no es una tabla de líneas de texto</translation>
    </message>
</context>
<context>
    <name>CsvRecord</name>
    <message>
        <source>the quoted field in column %1, opened on line %2, is never closed: the file ends inside it</source>
        <translation>el campo entre comillas de la columna %1, abierto en la línea %2, nunca se cierra: el archivo termina dentro de él</translation>
    </message>
    <message>
        <source>column %1 has text after its closing quote; a quote inside a quoted field must be doubled</source>
        <translation>la columna %1 tiene texto después de la comilla de cierre; una comilla dentro de un campo entre comillas debe ir doble</translation>
    </message>
    <message>
        <source>the record is longer than Milepost reads in one row (lines %1–%2); the rest of it was skipped</source>
        <translation>el registro es más largo de lo que Milepost lee en una fila (líneas %1–%2); se omitió el resto</translation>
    </message>
    <message>
        <source>column %1 contains a NUL byte (character 0), which is not text</source>
        <translation>la columna %1 contiene un byte NUL (carácter 0), que no es texto</translation>
    </message>
    <message>
        <source>column %1 is not valid text in the file&apos;s encoding; the file may be in another encoding</source>
        <translation>la columna %1 no es texto válido en la codificación del archivo; el archivo puede estar en otra codificación</translation>
    </message>
</context>
<context>
    <name>CsvSniffer</name>
    <message>
        <source>UTF-8 byte order mark</source>
        <translation>marca de orden de bytes UTF-8</translation>
    </message>
    <message>
        <source>UTF-16 byte order mark</source>
        <translation>marca de orden de bytes UTF-16</translation>
    </message>
    <message>
        <source>UTF-16 little-endian (every other byte is zero; no byte order mark)</source>
        <translation>UTF-16 little-endian (uno de cada dos bytes es cero; sin marca de orden de bytes)</translation>
    </message>
    <message>
        <source>UTF-16 big-endian (every other byte is zero; no byte order mark)</source>
        <translation>UTF-16 big-endian (uno de cada dos bytes es cero; sin marca de orden de bytes)</translation>
    </message>
    <message>
        <source>plain ASCII, read as UTF-8</source>
        <translation>ASCII simple, leído como UTF-8</translation>
    </message>
    <message>
        <source>plain ASCII in the first %1 KB, read as UTF-8</source>
        <translation>ASCII simple en los primeros %1 KB, leído como UTF-8</translation>
    </message>
    <message>
        <source>valid UTF-8</source>
        <translation>UTF-8 válido</translation>
    </message>
    <message>
        <source>not valid UTF-8, read as Windows-1252</source>
        <translation>UTF-8 no válido, leído como Windows-1252</translation>
    </message>
    <message>
        <source>no , ; tab or | found in the header: one column</source>
        <translation>no hay , ; tabulación ni | en el encabezado: una sola columna</translation>
    </message>
    <message>
        <source>%1 columns in the header</source>
        <translation>%1 columnas en el encabezado</translation>
    </message>
    <message>
        <source>%1 columns in the header and in all %2 rows sampled</source>
        <translation>%1 columnas en el encabezado y en las %2 filas de la muestra</translation>
    </message>
    <message>
        <source>%1 columns in the header and in %2 of %3 rows sampled</source>
        <translation>%1 columnas en el encabezado y en %2 de %3 filas de la muestra</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>no se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>the output is not open for writing</source>
        <translation>la salida no está abierta para escritura</translation>
    </message>
    <message>
        <source>not everything could be written</source>
        <translation>no se pudo escribir todo</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>As of %1.</source>
        <translation>Al %1.</translation>
    </message>
    <message>
        <source>Only %1 so far: a trend needs a second school year.</source>
        <translation>Solo %1 hasta ahora: una tendencia necesita un segundo ciclo escolar.</translation>
    </message>
    <message>
        <source>1 more category is not shown; the table lists it.</source>
        <translation>1 categoría más no se muestra; la tabla la incluye.</translation>
    </message>
    <message>
        <source>%1 more categories are not shown; the table lists them.</source>
        <translation>%1 categorías más no se muestran; la tabla las incluye.</translation>
    </message>
    <message>
        <source>No data for: %1.</source>
        <translation>Sin datos para: %1.</translation>
    </message>
    <message>
        <source>Milestones by status</source>
        <translation>Hitos por estado</translation>
    </message>
    <message>
        <source>Milestones by status in each phase</source>
        <translation>Hitos por estado en cada fase</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <source>Milestones by the quarter they end in</source>
        <translation>Hitos por el trimestre en que terminan</translation>
    </message>
    <message>
        <source>%1 Not shown: %2 without a dated end (Ongoing, N/A or unreadable).</source>
        <translation>%1 No se muestran: %2 sin fecha de fin (Continuo, N/A o ilegible).</translation>
    </message>
    <message>
        <source>Objectives by status</source>
        <translation>Objetivos por estado</translation>
    </message>
    <message>
        <source>As each objective&apos;s STATUS line in the report gives it.</source>
        <translation>Según la línea STATUS de cada objetivo en el informe.</translation>
    </message>
    <message>
        <source>Hires and vacancies by job category, %1</source>
        <translation>Contrataciones y vacantes por categoría de puesto, %1</translation>
    </message>
    <message>
        <source>Hires and vacancies by Local District, %1</source>
        <translation>Contrataciones y vacantes por Distrito Local, %1</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Hires and vacancies by employee group, %1</source>
        <translation>Contrataciones y vacantes por grupo de empleados, %1</translation>
    </message>
    <message>
        <source>%1 students by Local District</source>
        <comment>program</comment>
        <translation>Estudiantes de %1 por Distrito Local</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Estudiantes</translation>
    </message>
    <message>
        <source>Students by program</source>
        <translation>Estudiantes por programa</translation>
    </message>
    <message>
        <source>Programs overlap, so they are never added up.</source>
        <translation>Los programas se superponen, por eso nunca se suman.</translation>
    </message>
    <message>
        <source>%1 students by Local District, %2</source>
        <comment>program, school year</comment>
        <translation>Estudiantes de %1 por Distrito Local, %2</translation>
    </message>
    <message>
        <source>Classrooms by program, %1</source>
        <translation>Salones por programa, %1</translation>
    </message>
    <message>
        <source>Projects by phase</source>
        <translation>Proyectos por fase</translation>
    </message>
    <message>
        <source>The phase under way. Between phases: one has ended, the next has not begun.</source>
        <translation>La fase en curso. Entre fases: una terminó y la siguiente no ha comenzado.</translation>
    </message>
    <message>
        <source>Projects by type</source>
        <translation>Proyectos por tipo</translation>
    </message>
    <message>
        <source>Budget, estimate at completion and spent by type</source>
        <translation>Presupuesto, estimado final y gastado por tipo</translation>
    </message>
    <message>
        <source>Budget, estimate at completion and spent by district</source>
        <translation>Presupuesto, estimado final y gastado por distrito</translation>
    </message>
    <message>
        <source>How late projects run: days past the planned end</source>
        <translation>Retraso de los proyectos: días después del fin previsto</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Proyectos</translation>
    </message>
    <message>
        <source>%1 A phase still open is late by at least the days since its planned end.</source>
        <translation>%1 Una fase aún abierta lleva al menos los días desde su fin previsto de retraso.</translation>
    </message>
</context>
<context>
    <name>DashboardData</name>
    <message>
        <source>Reading the data was cancelled.</source>
        <translation>Se canceló la lectura de los datos.</translation>
    </message>
</context>
<context>
    <name>DashboardFilter</name>
    <message>
        <source>the plan</source>
        <translation>el plan</translation>
    </message>
    <message>
        <source>the staffing data</source>
        <translation>los datos de personal</translation>
    </message>
    <message>
        <source>the enrollment data</source>
        <translation>los datos de inscripción</translation>
    </message>
    <message>
        <source>the capital projects</source>
        <translation>los proyectos de capital</translation>
    </message>
    <message>
        <source>Local District</source>
        <translation>Distrito Local</translation>
    </message>
    <message>
        <source>Board District</source>
        <translation>Distrito de la Junta</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>filter field, value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The %1 filter does not apply: %2 has no %1.</source>
        <comment>field name, dataset</comment>
        <translation>El filtro %1 no se aplica: %2 no tiene %1.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
</context>
<context>
    <name>DashboardReportPart</name>
    <message>
        <source>Rows behind the figure: %1</source>
        <translation>Filas detrás de la cifra: %1</translation>
    </message>
    <message>
        <source>The first %1 of %2 rows; File › Export CSV writes them all.</source>
        <translation>Las primeras %1 de %2 filas; Archivo › Exportar CSV las escribe todas.</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>None: every row</source>
        <translation>Ninguno: todas las filas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>page title, rows shown</comment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No database file was given.</source>
        <translation>No se indicó ningún archivo de base de datos.</translation>
    </message>
    <message>
        <source>Could not open the database “%1”: %2</source>
        <translation>No se pudo abrir la base de datos “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” is not a Milepost database: it is not an SQLite file at all. It was left unchanged.</source>
        <translation>“%1” no es una base de datos de Milepost: ni siquiera es un archivo SQLite. No se modificó.</translation>
    </message>
    <message>
        <source>Could not read the database “%1”: %2</source>
        <translation>No se pudo leer la base de datos “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” is a database of another application, not a Milepost database. It was left unchanged.</source>
        <translation>“%1” es una base de datos de otra aplicación, no de Milepost. No se modificó.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database that Milepost did not create. It was left unchanged.</source>
        <translation>“%1” es una base de datos SQLite que Milepost no creó. No se modificó.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Milepost (database version %2; this version reads up to %3). It was left unchanged; please update Milepost to open it.</source>
        <translation>“%1” fue escrita por una versión más nueva de Milepost (versión de base de datos %2; esta versión lee hasta la %3). No se modificó; actualice Milepost para abrirla.</translation>
    </message>
    <message>
        <source>The database “%1” is read-only; Milepost needs to write to it.</source>
        <translation>La base de datos “%1” es de solo lectura; Milepost necesita escribir en ella.</translation>
    </message>
    <message>
        <source>Could not prepare the database “%1”: %2</source>
        <translation>No se pudo preparar la base de datos “%1”: %2</translation>
    </message>
    <message>
        <source>Before upgrading the database from version %1 to %2</source>
        <translation>Antes de actualizar la base de datos de la versión %1 a la %2</translation>
    </message>
    <message>
        <source>Could not back up “%1” before upgrading it; it was left unchanged: %2</source>
        <translation>No se pudo respaldar “%1” antes de actualizarla; no se modificó: %2</translation>
    </message>
    <message>
        <source>The database “%1” has an invalid version %2.</source>
        <translation>La base de datos “%1” tiene una versión no válida: %2.</translation>
    </message>
    <message>
        <source>Could not update the database “%1” to version %2: %3</source>
        <translation>No se pudo actualizar la base de datos “%1” a la versión %2: %3</translation>
    </message>
    <message>
        <source>Nothing was changed, because the database could not be backed up first: %1</source>
        <translation>No se cambió nada, porque primero no se pudo respaldar la base de datos: %1</translation>
    </message>
    <message>
        <source>Could not connect to the PostgreSQL database: %1</source>
        <translation>No se pudo conectar a la base de datos PostgreSQL: %1</translation>
    </message>
    <message>
        <source>The %1 is not a Milepost database (%2). It was left unchanged.</source>
        <translation>%1 no es una base de datos de Milepost (%2). Se dejó sin cambios.</translation>
    </message>
    <message>
        <source>The %1 was written by a newer version of Milepost (database version %2; this version reads up to %3). It was left unchanged; please update Milepost to open it.</source>
        <translation>%1 fue escrita por una versión más reciente de Milepost (versión de base de datos %2; esta versión lee hasta la %3). Se dejó sin cambios; actualice Milepost para abrirla.</translation>
    </message>
    <message>
        <source>Could not update the %1: %2</source>
        <translation>No se pudo actualizar %1: %2</translation>
    </message>
    <message>
        <source>A backup file cannot be restored into a database on a server.</source>
        <translation>Un archivo de copia de seguridad no se puede restaurar en una base de datos de un servidor.</translation>
    </message>
    <message>
        <source>Could not read what the %1 allows: %2</source>
        <translation>No se pudo leer lo que permite %1: %2</translation>
    </message>
</context>
<context>
    <name>DatabaseBackup</name>
    <message>
        <source>Could not make the backup folder “%1”.</source>
        <translation>No se pudo crear la carpeta de respaldos “%1”.</translation>
    </message>
    <message>
        <source>Could not create the backup “%1”: %2</source>
        <translation>No se pudo crear el respaldo “%1”: %2</translation>
    </message>
    <message>
        <source>Could not back up the database to “%1”: %2</source>
        <translation>No se pudo respaldar la base de datos en “%1”: %2</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>No se pudo escribir “%1”: %2</translation>
    </message>
    <message>
        <source>Could not finish the backup “%1”.</source>
        <translation>No se pudo terminar el respaldo “%1”.</translation>
    </message>
    <message>
        <source>The backup “%1” cannot be restored: %2</source>
        <translation>No se puede restaurar el respaldo “%1”: %2</translation>
    </message>
    <message>
        <source>Could not open the backup “%1”: %2</source>
        <translation>No se pudo abrir el respaldo “%1”: %2</translation>
    </message>
    <message>
        <source>Before restoring the backup %1</source>
        <translation>Antes de restaurar el respaldo %1</translation>
    </message>
    <message>
        <source>Could not restore “%1”: %2</source>
        <translation>No se pudo restaurar “%1”: %2</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>the tables of %1 are not the ones this version of Milepost copies</source>
        <translation>las tablas de %1 no son las que copia esta versión de Milepost</translation>
    </message>
    <message>
        <source>the destination already holds data (table %1); Milepost copies only into an empty database</source>
        <translation>el destino ya tiene datos (tabla %1); Milepost solo copia en una base de datos vacía</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 rows in the source, %3 read, %4 stored</source>
        <translation>%1: %2 filas en el origen, %3 leídas, %4 guardadas</translation>
    </message>
</context>
<context>
    <name>Dataset</name>
    <message>
        <source>Staffing</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>Inscripción</translation>
    </message>
    <message>
        <source>Capital projects</source>
        <translation>Proyectos de capital</translation>
    </message>
</context>
<context>
    <name>DatasetExporter</name>
    <message>
        <source>unknown dataset “%1”; the datasets are %2</source>
        <translation>conjunto de datos desconocido “%1”; los conjuntos de datos son %2</translation>
    </message>
    <message>
        <source>the database holds no plan yet; import one with milepost import-plan</source>
        <translation>la base de datos aún no tiene plan; importe uno con milepost import-plan</translation>
    </message>
    <message>
        <source>Cannot export %1: %2</source>
        <translation>No se puede exportar %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>DatasetField</name>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>list</source>
        <translation>lista</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>opción</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>número entero</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>importe</translation>
    </message>
    <message>
        <source>percentage</source>
        <translation>porcentaje</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>period</source>
        <translation>periodo</translation>
    </message>
    <message>
        <source>school year</source>
        <translation>ciclo escolar</translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation>sí/no</translation>
    </message>
</context>
<context>
    <name>DatasetImportSession</name>
    <message>
        <source>a stored row vanished during the import</source>
        <translation>una fila guardada desapareció durante la importación</translation>
    </message>
    <message>
        <source>changed since the last import of this source</source>
        <translation>cambió desde la última importación de esta fuente</translation>
    </message>
    <message>
        <source>the project&apos;s details changed since the last import of this source</source>
        <translation>los detalles del proyecto cambiaron desde la última importación de esta fuente</translation>
    </message>
    <message>
        <source>the phase changed since the last import of this source</source>
        <translation>la fase cambió desde la última importación de esta fuente</translation>
    </message>
    <message>
        <source>import of %1</source>
        <translation>importación de %1</translation>
    </message>
</context>
<context>
    <name>DatasetImporter</name>
    <message>
        <source>The profile “%1” cannot be used: %2</source>
        <translation>No se puede usar el perfil “%1”: %2</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>elegido</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>no se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty: it has no header line naming its columns</source>
        <translation>%1 está vacío: no tiene una línea de encabezado que nombre sus columnas</translation>
    </message>
    <message>
        <source>the header of %1 (line %2) cannot be read: %3</source>
        <translation>no se puede leer el encabezado de %1 (línea %2): %3</translation>
    </message>
    <message>
        <source>%1 does not fit the profile “%2”: %3</source>
        <translation>%1 no corresponde al perfil “%2”: %3</translation>
    </message>
    <message>
        <source>Before importing %1 from %2</source>
        <translation>Antes de importar %1 de %2</translation>
    </message>
    <message>
        <source>cannot start the import: %1</source>
        <translation>no se puede iniciar la importación: %1</translation>
    </message>
    <message>
        <source>no value in this wide column</source>
        <translation>sin valor en esta columna ancha</translation>
    </message>
    <message>
        <source>blank row</source>
        <translation>fila en blanco</translation>
    </message>
    <message>
        <source>the same key as line %1; each key may appear once in a file</source>
        <translation>la misma clave que la línea %1; cada clave puede aparecer una sola vez en un archivo</translation>
    </message>
    <message>
        <source>a phase of the project of line %1, but the project&apos;s details differ from that line</source>
        <translation>una fase del proyecto de la línea %1, pero los detalles del proyecto difieren de esa línea</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>%1 differs from line %2: %3 there, %4 here; the phases of one project must agree on it</source>
        <translation>%1 difiere de la línea %2: %3 allí, %4 aquí; las fases de un proyecto deben coincidir en esto</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Se canceló la importación; no se cambió nada.</translation>
    </message>
    <message>
        <source>the column “%1” needs the date format %2: on line %3, %4; no row was stored</source>
        <translation>la columna “%1” necesita el formato de fecha %2: en la línea %3, %4; no se guardó ninguna fila</translation>
    </message>
    <message>
        <source>the import stopped at line %1 and changed nothing: %2</source>
        <translation>la importación se detuvo en la línea %1 y no cambió nada: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2; nothing was changed</source>
        <translation>no se puede leer %1: %2; no se cambió nada</translation>
    </message>
    <message>
        <source>the import could not be saved and changed nothing: %1</source>
        <translation>no se pudo guardar la importación y no cambió nada: %1</translation>
    </message>
</context>
<context>
    <name>DatasetRepository</name>
    <message>
        <source>Could not read the imported datasets: %1</source>
        <translation>No se pudieron leer los conjuntos de datos importados: %1</translation>
    </message>
    <message>
        <source>Could not read the staffing data: %1</source>
        <translation>No se pudieron leer los datos de personal: %1</translation>
    </message>
    <message>
        <source>Could not read the enrollment data: %1</source>
        <translation>No se pudieron leer los datos de inscripción: %1</translation>
    </message>
    <message>
        <source>Could not read the capital projects: %1</source>
        <translation>No se pudieron leer los proyectos de capital: %1</translation>
    </message>
    <message>
        <source>Could not read the capital project phases: %1</source>
        <translation>No se pudieron leer las fases de los proyectos de capital: %1</translation>
    </message>
    <message>
        <source>Before removing “%1” (%2)</source>
        <translation>Antes de quitar “%1” (%2)</translation>
    </message>
    <message>
        <source>Could not remove “%1”: %2</source>
        <translation>No se pudo quitar “%1”: %2</translation>
    </message>
    <message>
        <source>There is no import %1.</source>
        <translation>No existe la importación %1.</translation>
    </message>
    <message>
        <source>Could not read the import report: %1</source>
        <translation>No se pudo leer el informe de importación: %1</translation>
    </message>
</context>
<context>
    <name>DatasetRowsQuery</name>
    <message>
        <source>Could not read the staffing rows: %1</source>
        <translation>No se pudieron leer las filas de personal: %1</translation>
    </message>
    <message>
        <source>Could not read the enrollment rows: %1</source>
        <translation>No se pudieron leer las filas de inscripción: %1</translation>
    </message>
    <message>
        <source>there is no column %1 to sort by</source>
        <translation>no hay ninguna columna %1 por la que ordenar</translation>
    </message>
</context>
<context>
    <name>DatasetSchema</name>
    <message>
        <source>Illustrative</source>
        <translation>Ilustrativo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Employee Group</source>
        <translation>Grupo de empleados</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Local District</source>
        <translation>Distrito Local</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <source>Job Category</source>
        <translation>Categoría de puesto</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Puestos</translation>
    </message>
    <message>
        <source>Vacancies</source>
        <translation>Vacantes</translation>
    </message>
    <message>
        <source>Hires</source>
        <translation>Contrataciones</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>School Year</source>
        <translation>Ciclo escolar</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grado</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Project Key</source>
        <translation>Clave del proyecto</translation>
    </message>
    <message>
        <source>Site Code</source>
        <translation>Código del sitio</translation>
    </message>
    <message>
        <source>School Name</source>
        <translation>Nombre de la escuela</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Board District</source>
        <translation>Distrito de la Junta</translation>
    </message>
    <message>
        <source>Project Type</source>
        <translation>Tipo de proyecto</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Financiamiento</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Planned Start</source>
        <translation>Inicio previsto</translation>
    </message>
    <message>
        <source>Planned End</source>
        <translation>Fin previsto</translation>
    </message>
    <message>
        <source>Actual Start</source>
        <translation>Inicio real</translation>
    </message>
    <message>
        <source>Actual End</source>
        <translation>Fin real</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>Estimate at Completion</source>
        <translation>Estimado final</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Gastado</translation>
    </message>
    <message>
        <source>Percent Complete</source>
        <translation>Porcentaje completado</translation>
    </message>
</context>
<context>
    <name>DatasetTableReader</name>
    <message>
        <source>Could not read the %1: %2</source>
        <translation>No se pudieron leer los datos de %1: %2</translation>
    </message>
</context>
<context>
    <name>DateFormat</name>
    <message>
        <source>“%1”: write the year as YYYY, YY or Y</source>
        <translation>“%1”: escriba el año como YYYY, YY o Y</translation>
    </message>
    <message>
        <source>“%1”: write the month as M, MM or MMM</source>
        <translation>“%1”: escriba el mes como M, MM o MMM</translation>
    </message>
    <message>
        <source>“%1”: write the day as D or DD</source>
        <translation>“%1”: escriba el día como D o DD</translation>
    </message>
    <message>
        <source>“%1”: only Y, M, D and punctuation may appear in a date format</source>
        <translation>“%1”: en un formato de fecha solo pueden aparecer Y, M, D y signos de puntuación</translation>
    </message>
    <message>
        <source>“%1” must name the year, the month and the day once each</source>
        <translation>“%1” debe nombrar el año, el mes y el día una vez cada uno</translation>
    </message>
    <message>
        <source>month before day</source>
        <translation>mes antes del día</translation>
    </message>
    <message>
        <source>day before month</source>
        <translation>día antes del mes</translation>
    </message>
    <message>
        <source>month first</source>
        <translation>mes primero</translation>
    </message>
    <message>
        <source>day first</source>
        <translation>día primero</translation>
    </message>
    <message>
        <source>%1 does not fit the date format %2</source>
        <translation>%1 no corresponde al formato de fecha %2</translation>
    </message>
    <message>
        <source>no date format chosen for %1</source>
        <translation>no se eligió formato de fecha para %1</translation>
    </message>
    <message>
        <source>%1 does not fit the date format %2: the year must have four digits</source>
        <translation>%1 no corresponde al formato de fecha %2: el año debe tener cuatro dígitos</translation>
    </message>
    <message>
        <source>%1 does not fit the date format %2: the year must have two digits</source>
        <translation>%1 no corresponde al formato de fecha %2: el año debe tener dos dígitos</translation>
    </message>
    <message>
        <source>%1 does not fit the date format %2: the year must have two or four digits</source>
        <translation>%1 no corresponde al formato de fecha %2: el año debe tener dos o cuatro dígitos</translation>
    </message>
    <message>
        <source>%1 does not fit the date format %2: no month is called “%3”</source>
        <translation>%1 no corresponde al formato de fecha %2: ningún mes se llama “%3”</translation>
    </message>
    <message>
        <source>%1 does not fit the date format %2: it goes on after the date</source>
        <translation>%1 no corresponde al formato de fecha %2: sigue después de la fecha</translation>
    </message>
    <message>
        <source>%1 is not a date in the format %2: there is no month %3 (the file may write the day first)</source>
        <translation>%1 no es una fecha en el formato %2: no existe el mes %3 (puede que el archivo escriba primero el día)</translation>
    </message>
    <message>
        <source>%1 is not a date in the format %2: there is no month %3</source>
        <translation>%1 no es una fecha en el formato %2: no existe el mes %3</translation>
    </message>
    <message>
        <source>%1 is not a date: the year %2 is out of range</source>
        <translation>%1 no es una fecha: el año %2 está fuera de rango</translation>
    </message>
    <message>
        <source>%1 is not a date: %2 has %3 days, not %4</source>
        <translation>%1 no es una fecha: %2 tiene %3 días, no %4</translation>
    </message>
</context>
<context>
    <name>DateOrderDetector</name>
    <message>
        <source>%1: no value is a date written with numbers for day, month and year</source>
        <translation>%1: ningún valor es una fecha escrita con números para día, mes y año</translation>
    </message>
    <message>
        <source>%1: month first (%2), from line %3: %4</source>
        <translation>%1: mes primero (%2), desde la línea %3: %4</translation>
    </message>
    <message>
        <source>%1: day first (%2), from line %3: %4</source>
        <translation>%1: día primero (%2), desde la línea %3: %4</translation>
    </message>
    <message>
        <source>%1: ambiguous: no value shows whether the day or the month comes first (every day is the 12th or earlier)</source>
        <translation>%1: ambiguo: ningún valor muestra si va primero el día o el mes (todos los días son 12 o menos)</translation>
    </message>
    <message>
        <source>%1: mixed: line %2 has %3 (month first) and line %4 has %5 (day first); no one format reads the column</source>
        <translation>%1: mixto: la línea %2 tiene %3 (mes primero) y la línea %4 tiene %5 (día primero); ningún formato lee toda la columna</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>no se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
</context>
<context>
    <name>DateText</name>
    <message>
        <source>FY%1</source>
        <comment>a fiscal year, July to June, named after the year it ends in</comment>
        <translation>AF%1</translation>
    </message>
</context>
<context>
    <name>DbCommand</name>
    <message>
        <source>milepost: %1</source>
        <translation>milepost: %1</translation>
    </message>
    <message>
        <source>  %1</source>
        <translation>  %1</translation>
    </message>
    <message>
        <source>No backups of %1 yet (they are taken before the first change to a database that holds data).</source>
        <translation>Aún no hay respaldos de %1 (se hacen antes del primer cambio a una base de datos que tiene datos).</translation>
    </message>
    <message>
        <source>%1  %2  %3
    %4</source>
        <translation>%1  %2  %3
    %4</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(sin descripción)</translation>
    </message>
    <message>
        <source>milepost: no backup at %1</source>
        <translation>milepost: no hay respaldo en %1</translation>
    </message>
    <message>
        <source>Restored %1 from %2; the database as it was before is in the backups (milepost db backups).</source>
        <translation>Se restauró %1 desde %2; la base de datos tal como estaba antes está en los respaldos (milepost db backups).</translation>
    </message>
    <message>
        <source>db check: the full check, which also matches every index to its table.</source>
        <translation>db check: la verificación completa, que además compara cada índice con su tabla.</translation>
    </message>
    <message>
        <source>milepost: db %1 needs --db PATH or a PostgreSQL connection</source>
        <translation>milepost: db %1 necesita --db RUTA o una conexión PostgreSQL</translation>
    </message>
    <message>
        <source>milepost: no database at %1</source>
        <translation>milepost: no hay base de datos en %1</translation>
    </message>
    <message>
        <source>The %1 database is at version %2, this version of Milepost&apos;s; nothing to do.</source>
        <translation>La base de datos %1 está en la versión %2, la de esta versión de Milepost; no hay nada que hacer.</translation>
    </message>
    <message>
        <source>Created a Milepost database (%1, version %2).</source>
        <translation>Se creó una base de datos de Milepost (%1, versión %2).</translation>
    </message>
    <message>
        <source>Upgraded the %1 database from version %2 to %3.</source>
        <translation>Se actualizó la base de datos %1 de la versión %2 a la %3.</translation>
    </message>
    <message>
        <source>milepost: db copy needs --from SOURCE and --to DESTINATION</source>
        <translation>milepost: db copy necesita --from ORIGEN y --to DESTINO</translation>
    </message>
    <message>
        <source>milepost: cannot open the source: %1</source>
        <translation>milepost: no se puede abrir el origen: %1</translation>
    </message>
    <message>
        <source>milepost: cannot open the destination: %1</source>
        <translation>milepost: no se puede abrir el destino: %1</translation>
    </message>
    <message>
        <source>milepost: nothing was copied: %1</source>
        <translation>milepost: no se copió nada: %1</translation>
    </message>
    <message>
        <source>%1: %2 rows</source>
        <translation>%1: %2 filas</translation>
    </message>
    <message>
        <source>Copied %1 tables, %2 rows, from the %3 database into the %4 database; every count matches.</source>
        <translation>Se copiaron %1 tablas, %2 filas, de la base de datos %3 a la base de datos %4; todos los conteos coinciden.</translation>
    </message>
    <message>
        <source>The database is on a PostgreSQL server, which keeps its files whole itself; there is no SQLite file to check.</source>
        <translation>La base de datos está en un servidor PostgreSQL, que mantiene íntegros sus propios archivos; no hay archivo SQLite que verificar.</translation>
    </message>
    <message>
        <source>db copy: the database to copy.</source>
        <translation>db copy: la base de datos que se copia.</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>ORIGEN</translation>
    </message>
    <message>
        <source>db copy: the empty database to copy into.</source>
        <translation>db copy: la base de datos vacía en la que se copia.</translation>
    </message>
    <message>
        <source>DESTINATION</source>
        <translation>DESTINO</translation>
    </message>
    <message>
        <source>  db init [--db PATH|CONNECTION]
      Create a Milepost database: a local file, or on a PostgreSQL server given as a
      postgresql:// URI, a conninfo string (&quot;host=... dbname=...&quot;) or service=NAME.
  db upgrade [--db PATH|CONNECTION]
      Bring the database&apos;s schema to this version of Milepost.
      On a server it also creates the group roles milepost_viewer (reads),
      milepost_editor (also records progress) and milepost_admin (also imports and
      upgrades), and grants each what it may do.
  db grant USER ROLE --db CONNECTION, db revoke USER ROLE --db CONNECTION
      Make the server&apos;s login role USER a viewer, editor or admin, or no longer one.
  db copy --from SOURCE --to DESTINATION
      Copy every table of one database into another, empty one (a file to a server
      and back) in one transaction, each table&apos;s count checked.
  db check [--full] [--db PATH]
      Run SQLite&apos;s integrity check on the database (exit 1 when it is damaged).
  db backups [--db PATH]
      List the backups Milepost took before imports, plan re-imports, removals and
      upgrades, newest first (the last %1 are kept, beside the database).
  db restore BACKUP [--db PATH]
      Replace the database&apos;s content with the backup&apos;s; the database as it was is
      backed up first.
</source>
        <translation>  db init [--db RUTA|CONEXIÓN]
      Crea una base de datos de Milepost: un archivo local, o en un servidor PostgreSQL indicado
      como URI postgresql://, cadena conninfo (&quot;host=... dbname=...&quot;) o service=NOMBRE.
  db upgrade [--db RUTA|CONEXIÓN]
      Lleva el esquema de la base de datos a esta versión de Milepost.
      En un servidor también crea los roles de grupo milepost_viewer (lee),
      milepost_editor (además registra avance) y milepost_admin (además importa y
      actualiza), y otorga a cada uno lo que puede hacer.
  db grant USUARIO ROL --db CONEXIÓN, db revoke USUARIO ROL --db CONEXIÓN
      Hace que el rol de inicio de sesión USUARIO del servidor sea viewer, editor o admin,
      o que deje de serlo.
  db copy --from ORIGEN --to DESTINO
      Copia cada tabla de una base de datos en otra vacía (de un archivo a un servidor
      y viceversa) en una sola transacción, verificando la cantidad de cada tabla.
  db check [--full] [--db RUTA]
      Ejecuta la verificación de integridad de SQLite en la base de datos (código de salida 1
      si está dañada).
  db backups [--db RUTA]
      Enumera los respaldos que Milepost hizo antes de importaciones, reimportaciones del plan,
      eliminaciones y actualizaciones, del más reciente al más antiguo (se conservan los
      últimos %1, junto a la base de datos).
  db restore RESPALDO [--db RUTA]
      Reemplaza el contenido de la base de datos con el del respaldo; antes se respalda la
      base de datos tal como estaba.
</translation>
    </message>
    <message>
        <source>milepost: db takes init, upgrade, copy, grant USER ROLE, revoke USER ROLE, check, backups or restore BACKUP; try “milepost --help”</source>
        <translation>milepost: db recibe init, upgrade, copy, grant USUARIO ROL, revoke USUARIO ROL, check, backups o restore RESPALDO; pruebe «milepost --help»</translation>
    </message>
    <message>
        <source>milepost: the database is at version %1, but its roles could not be set up: %2</source>
        <translation>milepost: la base de datos está en la versión %1, pero no se pudieron configurar sus roles: %2</translation>
    </message>
    <message>
        <source>The group roles milepost_viewer, milepost_editor and milepost_admin have their privileges; add people with “milepost db grant USER ROLE”.</source>
        <translation>Los roles de grupo milepost_viewer, milepost_editor y milepost_admin tienen sus privilegios; agregue personas con «milepost db grant USUARIO ROL».</translation>
    </message>
    <message>
        <source>milepost: “%1” is not a role; give viewer, editor or admin</source>
        <translation>milepost: «%1» no es un rol; indique viewer, editor o admin</translation>
    </message>
    <message>
        <source>milepost: db %1 needs --db with a PostgreSQL connection; a local file has no roles</source>
        <translation>milepost: db %1 necesita --db con una conexión PostgreSQL; un archivo local no tiene roles</translation>
    </message>
    <message>
        <source>%1 is now a member of %2.</source>
        <translation>%1 ahora es miembro de %2.</translation>
    </message>
    <message>
        <source>%1 is no longer a member of %2.</source>
        <translation>%1 ya no es miembro de %2.</translation>
    </message>
</context>
<context>
    <name>DrilledFigure</name>
    <message>
        <source>an empty figure name in &quot;%1&quot;; the key figures are %2</source>
        <translation>un nombre de cifra vacío en &quot;%1&quot;; las cifras clave son %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key figure; the key figures are %2</source>
        <translation>&quot;%1&quot; no es una cifra clave; las cifras clave son %2</translation>
    </message>
    <message>
        <source>the board pack has no %1 section for &quot;%2&quot;; add %1 to --sections</source>
        <translation>la carpeta para la Junta no tiene la sección %1 para &quot;%2&quot;; agregue %1 a --sections</translation>
    </message>
    <message>
        <source>the figure &quot;%1&quot; is named twice</source>
        <translation>la cifra &quot;%1&quot; se nombra dos veces</translation>
    </message>
    <message>
        <source>&quot;%1&quot; and &quot;%2&quot; are on the same page, which shows the rows of one figure</source>
        <translation>&quot;%1&quot; y &quot;%2&quot; están en la misma página, que muestra las filas de una sola cifra</translation>
    </message>
    <message>
        <source>the %1 page has no figure %2</source>
        <translation>la página %1 no tiene la cifra %2</translation>
    </message>
    <message>
        <source>the figure %1 has no rows to show</source>
        <translation>la cifra %1 no tiene filas que mostrar</translation>
    </message>
</context>
<context>
    <name>EnrollmentFigures</name>
    <message>
        <source>Line %1 counts the same students.</source>
        <translation>La línea %1 cuenta a los mismos estudiantes.</translation>
    </message>
    <message>
        <source>The all-grades count on line %1 stands for its grades.</source>
        <translation>La cantidad de todos los grados en la línea %1 representa a sus grados.</translation>
    </message>
    <message>
        <source>The Local District’s own count (line %1) stands for its schools.</source>
        <translation>La cantidad propia del Distrito Local (línea %1) representa a sus escuelas.</translation>
    </message>
    <message>
        <source>Its school year could not be read as one school year.</source>
        <translation>Su ciclo escolar no se pudo leer como un solo ciclo escolar.</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Estudiantes</translation>
    </message>
    <message>
        <source>Classrooms</source>
        <translation>Salones</translation>
    </message>
</context>
<context>
    <name>EnrollmentFiguresQuery</name>
    <message>
        <source>Could not count the enrollment data: %1</source>
        <translation>No se pudieron contar los datos de inscripción: %1</translation>
    </message>
    <message>
        <source>a row changed while the rows were read</source>
        <translation>una fila cambió mientras se leían las filas</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>  export --dataset NAME --csv PATH [--no-bom] [--locale-dates] [--db PATH]
      Write a whole dataset as CSV for Excel: UTF-8 with a byte order mark, dates as
      YYYY-MM-DD, text that would run as a formula prefixed with &apos;. PATH - writes to
      standard output. Needs no display. Datasets:
      %1.
</source>
        <translation>  export --dataset NOMBRE --csv RUTA [--no-bom] [--locale-dates] [--db RUTA]
      Escribe un conjunto de datos completo como CSV para Excel: UTF-8 con marca de orden de
      bytes, fechas como AAAA-MM-DD, y el texto que se ejecutaría como fórmula precedido de &apos;.
      RUTA - escribe en la salida estándar. No necesita pantalla. Conjuntos de datos:
      %1.
</translation>
    </message>
    <message>
        <source>milepost: export takes no FILE; give the output with --csv PATH</source>
        <translation>milepost: export no recibe ARCHIVO; indique la salida con --csv RUTA</translation>
    </message>
    <message>
        <source>milepost: export needs --dataset NAME (%1)</source>
        <translation>milepost: export necesita --dataset NOMBRE (%1)</translation>
    </message>
    <message>
        <source>milepost: export needs --csv PATH (- for standard output)</source>
        <translation>milepost: export necesita --csv RUTA (- para la salida estándar)</translation>
    </message>
    <message>
        <source>milepost: %1</source>
        <translation>milepost: %1</translation>
    </message>
    <message>
        <source>Exported %1 rows of %2 to %3</source>
        <translation>Se exportaron %1 filas de %2 a %3</translation>
    </message>
    <message>
        <source>export: write the CSV file &lt;path&gt; (- for standard output).</source>
        <translation>export: escribe el archivo CSV &lt;ruta&gt; (- para la salida estándar).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>ruta</translation>
    </message>
    <message>
        <source>export: leave out the UTF-8 byte order mark.</source>
        <translation>export: omite la marca de orden de bytes UTF-8.</translation>
    </message>
    <message>
        <source>export: dates in the locale&apos;s format instead of YYYY-MM-DD.</source>
        <translation>export: fechas en el formato regional en lugar de AAAA-MM-DD.</translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>the file could not be written completely</source>
        <translation>no se pudo escribir el archivo completo</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation>no se indicó nombre de archivo</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>la carpeta %1 no existe</translation>
    </message>
    <message>
        <source>the file is not open</source>
        <translation>el archivo no está abierto</translation>
    </message>
</context>
<context>
    <name>FieldParser</name>
    <message>
        <source>%1 is negative; a count cannot be</source>
        <translation>%1 es negativo; una cantidad no puede serlo</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 no es un número entero</translation>
    </message>
    <message>
        <source>%1 is not a number: its digits are not grouped in threes</source>
        <translation>%1 no es un número: sus dígitos no están agrupados de tres en tres</translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation>%1 es demasiado grande</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 no es un número</translation>
    </message>
    <message>
        <source>%1 is not an amount</source>
        <translation>%1 no es un importe</translation>
    </message>
    <message>
        <source>%1 has more than two decimal places; Milepost keeps whole cents and does not round</source>
        <translation>%1 tiene más de dos decimales; Milepost guarda centavos enteros y no redondea</translation>
    </message>
    <message>
        <source>%1 has more decimal places than whole cents in this column&apos;s unit; Milepost does not round</source>
        <translation>%1 tiene más decimales que centavos enteros en la unidad de esta columna; Milepost no redondea</translation>
    </message>
    <message>
        <source>%1 is not an amount: its digits are not grouped in threes (is the decimal separator right?)</source>
        <translation>%1 no es un importe: sus dígitos no están agrupados de tres en tres (¿es correcto el separador decimal?)</translation>
    </message>
    <message>
        <source>%1 is too large an amount</source>
        <translation>%1 es un importe demasiado grande</translation>
    </message>
    <message>
        <source>%1 has more than two decimal places</source>
        <translation>%1 tiene más de dos decimales</translation>
    </message>
    <message>
        <source>%1 is not a percentage</source>
        <translation>%1 no es un porcentaje</translation>
    </message>
    <message>
        <source>%1 is neither yes nor no</source>
        <translation>%1 no es ni sí ni no</translation>
    </message>
</context>
<context>
    <name>FigureSources</name>
    <message>
        <source>Could not read the imported sources: %1</source>
        <translation>No se pudieron leer las fuentes importadas: %1</translation>
    </message>
</context>
<context>
    <name>FiguresCommand</name>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <source>milepost: figures takes no FILE</source>
        <translation>milepost: figures no recibe ARCHIVO</translation>
    </message>
    <message>
        <source>milepost: %1</source>
        <translation>milepost: %1</translation>
    </message>
    <message>
        <source>Key figures as of %1%2</source>
        <translation>Cifras clave al %1%2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Plan: %1 objectives, %2 completed, %3 in progress</source>
        <translation>Plan: %1 objetivos, %2 terminados, %3 en curso</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>state, count</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>  %1 milestones: %2; due this quarter (%3): %4</source>
        <translation>  %1 hitos: %2; vencen este trimestre (%3): %4</translation>
    </message>
    <message>
        <source>Staffing %1: hires %2, vacancies %3, fill rate %4, hires against %5: %6; %7 rows not added</source>
        <translation>Personal %1: contrataciones %2, vacantes %3, tasa de cobertura %4, contrataciones frente a %5: %6; %7 filas sin sumar</translation>
    </message>
    <message>
        <source>nothing to compare</source>
        <translation>nada que comparar</translation>
    </message>
    <message>
        <source>Staffing: no data up to the as-of date</source>
        <translation>Personal: sin datos hasta la fecha de corte</translation>
    </message>
    <message>
        <source>Enrollment %1 (%2): %3 students; classrooms %4</source>
        <translation>Inscripción %1 (%2): %3 estudiantes; salones %4</translation>
    </message>
    <message>
        <source>Enrollment: no data up to the as-of date</source>
        <translation>Inscripción: sin datos hasta la fecha de corte</translation>
    </message>
    <message>
        <source>Capital projects: %1; budget %2, estimate at completion %3, spent %4; over budget %5; later than planned %6 (%7 still open, up to %8 days)</source>
        <translation>Proyectos de capital: %1; presupuesto %2, estimado final %3, gastado %4; sobre el presupuesto %5; más tarde de lo previsto %6 (%7 aún abiertos, hasta %8 días)</translation>
    </message>
    <message>
        <source>figures: count only this Local District.</source>
        <translation>figures: cuenta solo este Distrito Local.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>figures: count only this Board District.</source>
        <translation>figures: cuenta solo este Distrito de la Junta.</translation>
    </message>
    <message>
        <source>figures: count only this school.</source>
        <translation>figures: cuenta solo esta escuela.</translation>
    </message>
    <message>
        <source>&lt;1%</source>
        <translation>&lt;1 %</translation>
    </message>
    <message>
        <source>&gt;99%</source>
        <translation>&gt;99 %</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 sample data</source>
        <comment>percent</comment>
        <translation>%1 de datos de muestra</translation>
    </message>
    <message>
        <source>sample data</source>
        <translation>datos de muestra</translation>
    </message>
    <message numerus="yes">
        <source>pooled from %n sources: %1</source>
        <translation>
            <numerusform>combina %n fuente: %1</numerusform>
            <numerusform>combina %n fuentes: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>  figures [--as-of DATE] [--local-district NAME] [--board-district NAME] [--school NAME]
          [--source NAME] [--json] [--db PATH]
      Print the dashboard&apos;s key figures for the plan, staffing, enrollment and capital
      projects, as of DATE (default today), of the rows imported from the source NAME
      (milepost imports lists them) or from all. A figure that adds rows of several
      sources says so, and how much of it is sample data. Needs no display.
</source>
        <translation>  figures [--as-of FECHA] [--local-district NOMBRE] [--board-district NOMBRE] [--school NOMBRE]
          [--source NOMBRE] [--json] [--db RUTA]
      Imprime las cifras clave del tablero para el plan, el personal, la inscripción y los
      proyectos de capital, a la FECHA (hoy si no se indica), de las filas importadas de la
      fuente NOMBRE (milepost imports las enumera) o de todas. Una cifra que suma filas de
      varias fuentes lo indica, y qué parte de ella son datos de muestra. No necesita pantalla.
</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>Invalid date</source>
        <translation>Fecha no válida</translation>
    </message>
    <message>
        <source>Unrecognised value</source>
        <translation>Valor no reconocido</translation>
    </message>
    <message>
        <source>Missing value</source>
        <translation>Valor faltante</translation>
    </message>
    <message>
        <source>End before start</source>
        <translation>Fin antes del inicio</translation>
    </message>
    <message>
        <source>Marks disagree with dates</source>
        <translation>Marcas no coinciden con fechas</translation>
    </message>
    <message>
        <source>Unreadable table</source>
        <translation>Tabla ilegible</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>  history [--since DATE] [--until DATE] [--milestone ID] [--json] [--db PATH]
      List the recorded progress updates, newest first, each with its old and new values:
      those as of a day after --since and up to --until (the changes between the two
      dates), of one milestone with --milestone. Needs no display.
</source>
        <translation>  history [--since FECHA] [--until FECHA] [--milestone ID] [--json] [--db RUTA]
      Enumera las actualizaciones de avance registradas, de la más reciente a la más antigua,
      cada una con sus valores anterior y nuevo: las de un día posterior a --since y hasta
      --until (los cambios entre ambas fechas), de un solo hito con --milestone. No necesita
      pantalla.
</translation>
    </message>
    <message>
        <source>milepost: history takes no FILE</source>
        <translation>milepost: history no recibe ARCHIVO</translation>
    </message>
    <message>
        <source>milepost: --until %1 is before --since %2</source>
        <translation>milepost: --until %1 es anterior a --since %2</translation>
    </message>
    <message>
        <source>milepost: --milestone %1 is not a milestone id</source>
        <translation>milepost: --milestone %1 no es un id de hito</translation>
    </message>
    <message>
        <source>milepost: %1</source>
        <translation>milepost: %1</translation>
    </message>
    <message>
        <source>No updates recorded%1</source>
        <translation>No hay actualizaciones registradas%1</translation>
    </message>
    <message>
        <source> between those dates</source>
        <translation> entre esas fechas</translation>
    </message>
    <message>
        <source>%1  milestone %2 “%3”, by %4 (entered %5), version %6</source>
        <comment>as-of date, id, title, who, when, version</comment>
        <translation>%1  hito %2 “%3”, por %4 (ingresado %5), versión %6</translation>
    </message>
    <message>
        <source>    %1: %2 → %3</source>
        <comment>field, old value, new value</comment>
        <translation>    %1: %2 → %3</translation>
    </message>
    <message>
        <source>    Note: %1</source>
        <translation>    Nota: %1</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>Plan edits:</source>
        <translation>Ediciones del plan:</translation>
    </message>
    <message>
        <source>milestone %1 “%2”</source>
        <translation>hito %1 «%2»</translation>
    </message>
    <message>
        <source>objective “%1”</source>
        <translation>objetivo «%1»</translation>
    </message>
    <message>
        <source>%1  %2, plan edit by %3 (entered %4), version %5</source>
        <comment>as-of date, what, who, when, version</comment>
        <translation>%1  %2, edición del plan por %3 (ingresada %4), versión %5</translation>
    </message>
    <message>
        <source>      Then the plan edits (milestones added, edited or removed, objectives&apos; recorded
      status and estimate), chosen the same way.
</source>
        <translation>      Luego las ediciones del plan (hitos agregados, editados o quitados, y el estado
      registrado y la estimación de los objetivos), elegidas de la misma manera.
</translation>
    </message>
    <message>
        <source>history, changes, report: only changes as of a day after this one.</source>
        <translation>history, changes, report: solo los cambios con fecha de corte posterior a este día.</translation>
    </message>
    <message>
        <source>history, changes: only changes as of this day or before.</source>
        <translation>history, changes: solo los cambios con fecha de corte de este día o anterior.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>  import --dataset staffing|enrollment|projects FILE [--profile NAME] --db PATH [--json]
      Import FILE (CSV, semicolon or tab separated; UTF-8, UTF-16 or Windows-1252) into the
      dataset and list every row it could not take with line, column and reason. Importing
      a newer file of the same source updates by key and lists what is new, changed and gone.
      Without --profile the built-in or saved profile that fits the file&apos;s columns is used.
      A date column is read in one order for the whole file: a value such as 28/06/2024 in a
      month-first column stops the import and names the format it needs; choose it with
      --date-format FIELD=FORMAT (e.g. planned_start=D/M/YYYY).
      A file may lack the columns of optional fields. Map the rest on the command line:
      --map FIELD=COLUMN reads FIELD from COLUMN, --value FIELD=TEXT gives every row TEXT
      (a file of one year: --value school_year=2019-20), --na-code CODE treats CODE as not
      applicable; --save-profile NAME keeps the mapping for --profile NAME.
      --unit FIELD=thousands|millions reads an amount column in that unit;
      --value-map FIELD:FROM=TO reads the file&apos;s FROM as TO (employee_group:Teachers=certificated);
      --extract FIELD=COLUMN:REGEX reads FIELD from part of COLUMN (local_district=DBN:^(\d\d));
      --wide FIELD[:VALUE_FIELD]=REGEX turns each column whose name matches into a row of its own,
      its name giving FIELD (the first group) and its cell VALUE_FIELD (grade:count=Grade (.+)).
      In a wide file each line counts as one row per wide column; an empty one is blank.
      Also --source NAME, --encoding, --delimiter, --report PATH.
  import --list-fields staffing|enrollment|projects
      List the dataset&apos;s fields: key, name, whether every row needs it, and type.
</source>
        <translation>  import --dataset staffing|enrollment|projects ARCHIVO [--profile NOMBRE] --db RUTA [--json]
      Importa ARCHIVO (CSV separado por comas, punto y coma o tabulaciones; UTF-8, UTF-16 o
      Windows-1252) al conjunto de datos y enumera cada fila que no pudo tomar, con línea,
      columna y motivo. Importar un archivo más nuevo de la misma fuente actualiza por clave y
      enumera lo nuevo, lo cambiado y lo que ya no está.
      Sin --profile se usa el perfil integrado o guardado que corresponde a las columnas del archivo.
      Una columna de fecha se lee en un solo orden para todo el archivo: un valor como 28/06/2024
      en una columna de mes primero detiene la importación e indica el formato que necesita;
      elíjalo con --date-format CAMPO=FORMATO (p. ej. planned_start=D/M/YYYY).
      Un archivo puede carecer de las columnas de los campos opcionales. Asigne el resto en la
      línea de comandos: --map CAMPO=COLUMNA lee CAMPO de COLUMNA, --value CAMPO=TEXTO da TEXTO a
      cada fila (un archivo de un solo año: --value school_year=2019-20), --na-code CÓDIGO trata
      CÓDIGO como no aplicable; --save-profile NOMBRE guarda la asignación para --profile NOMBRE.
      --unit CAMPO=thousands|millions lee una columna de importes en esa unidad;
      --value-map CAMPO:DE=A lee el DE del archivo como A (employee_group:Teachers=certificated);
      --extract CAMPO=COLUMNA:REGEX lee CAMPO de una parte de COLUMNA (local_district=DBN:^(\d\d));
      --wide CAMPO[:CAMPO_VALOR]=REGEX convierte cada columna cuyo nombre coincide en una fila
      propia; su nombre da CAMPO (el primer grupo) y su celda CAMPO_VALOR (grade:count=Grade (.+)).
      En un archivo ancho cada línea cuenta como una fila por columna ancha; una vacía es en blanco.
      También --source NOMBRE, --encoding, --delimiter, --report RUTA.
  import --list-fields staffing|enrollment|projects
      Enumera los campos del conjunto de datos: clave, nombre, si toda fila lo necesita, y tipo.
</translation>
    </message>
    <message>
        <source>milepost: --list-fields takes staffing, enrollment or projects</source>
        <translation>milepost: --list-fields recibe staffing, enrollment o projects</translation>
    </message>
    <message>
        <source>milepost: import takes exactly one FILE</source>
        <translation>milepost: import recibe exactamente un ARCHIVO</translation>
    </message>
    <message>
        <source>milepost: import needs --db PATH</source>
        <translation>milepost: import necesita --db RUTA</translation>
    </message>
    <message>
        <source>milepost: import needs --dataset staffing, enrollment or projects</source>
        <translation>milepost: import necesita --dataset staffing, enrollment o projects</translation>
    </message>
    <message>
        <source>milepost: unknown encoding “%1”; use one of %2</source>
        <translation>milepost: codificación desconocida “%1”; use una de %2</translation>
    </message>
    <message>
        <source>milepost: unknown delimiter “%1”; use comma, semicolon, tab or pipe</source>
        <translation>milepost: delimitador desconocido “%1”; use comma, semicolon, tab o pipe</translation>
    </message>
    <message>
        <source>milepost: %1: %2</source>
        <translation>milepost: %1: %2</translation>
    </message>
    <message>
        <source>milepost: --wide: a file has one set of wide columns</source>
        <translation>milepost: --wide: un archivo tiene un solo conjunto de columnas anchas</translation>
    </message>
    <message>
        <source>milepost: --save-profile needs a name</source>
        <translation>milepost: --save-profile necesita un nombre</translation>
    </message>
    <message>
        <source>milepost: “%1” is the name of a built-in profile; choose another</source>
        <translation>milepost: “%1” es el nombre de un perfil integrado; elija otro</translation>
    </message>
    <message>
        <source>milepost: cannot read %1: %2</source>
        <translation>milepost: no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>milepost: cannot open database %1: %2</source>
        <translation>milepost: no se puede abrir la base de datos %1: %2</translation>
    </message>
    <message>
        <source>milepost: no profile “%1”; profiles for %2: %3</source>
        <translation>milepost: no hay perfil “%1”; perfiles para %2: %3</translation>
    </message>
    <message>
        <source>milepost: the profile “%1” is for %2, not %3</source>
        <translation>milepost: el perfil “%1” es para %2, no para %3</translation>
    </message>
    <message>
        <source>milepost: %1</source>
        <translation>milepost: %1</translation>
    </message>
    <message>
        <source>milepost: no profile for %1 fits the columns of %2, and the mapping given cannot be used: %3.</source>
        <translation>milepost: ningún perfil para %1 corresponde a las columnas de %2, y la asignación indicada no se puede usar: %3.</translation>
    </message>
    <message>
        <source>milepost: no profile for %1 fits the columns of %2.</source>
        <translation>milepost: ningún perfil para %1 corresponde a las columnas de %2.</translation>
    </message>
    <message>
        <source>  %1 needs: %2</source>
        <translation>  %1 necesita: %2</translation>
    </message>
    <message>
        <source>milepost: %1 was not imported: %2</source>
        <translation>milepost: %1 no se importó: %2</translation>
    </message>
    <message>
        <source>milepost: the import was stored, but the profile could not be saved: %1</source>
        <translation>milepost: la importación se guardó, pero no se pudo guardar el perfil: %1</translation>
    </message>
    <message>
        <source>Saved the profile “%1”; import such files again with --profile &quot;%1&quot;.</source>
        <translation>Se guardó el perfil “%1”; vuelva a importar archivos así con --profile &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>milepost: the import was stored, but the report could not be saved: %1</source>
        <translation>milepost: la importación se guardó, pero no se pudo guardar el informe: %1</translation>
    </message>
    <message>
        <source>--date-format takes FIELD=FORMAT, such as planned_start=D/M/YYYY, not “%1”</source>
        <translation>--date-format recibe CAMPO=FORMATO, como planned_start=D/M/YYYY, no “%1”</translation>
    </message>
    <message>
        <source>--date-format: the profile “%1” maps no date field</source>
        <translation>--date-format: el perfil “%1” no asigna ningún campo de fecha</translation>
    </message>
    <message>
        <source>--date-format: “%1” is not a date field the profile “%2” maps; those are %3</source>
        <translation>--date-format: “%1” no es un campo de fecha que asigne el perfil “%2”; esos son %3</translation>
    </message>
    <message>
        <source>--date-format %1: %2</source>
        <translation>--date-format %1: %2</translation>
    </message>
    <message>
        <source>The names of its columns suggest: %1</source>
        <translation>Los nombres de sus columnas sugieren: %1</translation>
    </message>
    <message>
        <source>Map the columns with --map FIELD=COLUMN and --value FIELD=TEXT (see milepost import --list-fields %1), or in Milepost&apos;s import wizard and save a profile, then use --profile NAME.</source>
        <translation>Asigne las columnas con --map CAMPO=COLUMNA y --value CAMPO=TEXTO (vea milepost import --list-fields %1), o en el asistente de importación de Milepost, guarde un perfil y luego use --profile NOMBRE.</translation>
    </message>
    <message>
        <source>Fields of %1 (key, name, whether every row needs it, type):</source>
        <translation>Campos de %1 (clave, nombre, si toda fila lo necesita, tipo):</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1; %2 when empty</source>
        <translation>%1; %2 si está vacío</translation>
    </message>
    <message>
        <source>%1: a school year 2021-22, a month 2022-03 or a range 2022-03-15/2022-06-30</source>
        <translation>%1: un ciclo escolar 2021-22, un mes 2022-03 o un intervalo 2022-03-15/2022-06-30</translation>
    </message>
    <message>
        <source>%1, such as 2021-22</source>
        <translation>%1, como 2021-22</translation>
    </message>
    <message>
        <source>%1, such as $1,234.00 or (1,234.00)</source>
        <translation>%1, como $1,234.00 o (1,234.00)</translation>
    </message>
    <message>
        <source>%1; no when empty</source>
        <translation>%1; no si está vacío</translation>
    </message>
    <message>
        <source>%1, separated by commas</source>
        <translation>%1, separados por comas</translation>
    </message>
    <message>
        <source>%1; may hold a not-applicable code (--na-code)</source>
        <translation>%1; puede tener un código de no aplicable (--na-code)</translation>
    </message>
    <message>
        <source>  %1  %2  %3  %4</source>
        <translation>  %1  %2  %3  %4</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatorio</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>import: the dataset, staffing, enrollment or projects.</source>
        <translation>import: el conjunto de datos, staffing, enrollment o projects.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>import: read the file with the built-in or saved profile &lt;name&gt;.</source>
        <translation>import: lee el archivo con el perfil integrado o guardado &lt;nombre&gt;.</translation>
    </message>
    <message>
        <source>import: UTF-8, UTF-16LE, UTF-16BE or Windows-1252 instead of detecting.</source>
        <translation>import: UTF-8, UTF-16LE, UTF-16BE o Windows-1252 en lugar de detectarla.</translation>
    </message>
    <message>
        <source>encoding</source>
        <translation>codificación</translation>
    </message>
    <message>
        <source>import: comma, semicolon, tab or pipe instead of detecting.</source>
        <translation>import: comma, semicolon, tab o pipe en lugar de detectarlo.</translation>
    </message>
    <message>
        <source>delimiter</source>
        <translation>delimitador</translation>
    </message>
    <message>
        <source>import: read the date field FIELD in FORMAT instead of the profile&apos;s format, e.g. planned_start=D/M/YYYY; may be repeated.</source>
        <translation>import: lee el campo de fecha CAMPO en FORMATO en lugar del formato del perfil, p. ej. planned_start=D/M/YYYY; se puede repetir.</translation>
    </message>
    <message>
        <source>field=format</source>
        <translation>campo=formato</translation>
    </message>
    <message>
        <source>import: read the field FIELD from the column COLUMN, e.g. count=Enrollment; may be repeated.</source>
        <translation>import: lee el campo CAMPO de la columna COLUMNA, p. ej. count=Enrollment; se puede repetir.</translation>
    </message>
    <message>
        <source>field=column</source>
        <translation>campo=columna</translation>
    </message>
    <message>
        <source>import: give every row TEXT for the field FIELD the file has no column for, e.g. school_year=2019-20; may be repeated.</source>
        <translation>import: da TEXTO a cada fila en el campo CAMPO para el que el archivo no tiene columna, p. ej. school_year=2019-20; se puede repetir.</translation>
    </message>
    <message>
        <source>field=text</source>
        <translation>campo=texto</translation>
    </message>
    <message>
        <source>import: treat CODE as not applicable in the fields that allow it (dates, amounts, ...); may be repeated.</source>
        <translation>import: trata CÓDIGO como no aplicable en los campos que lo permiten (fechas, importes, ...); se puede repetir.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>import: the amount field FIELD is written in thousands or millions, e.g. budget=thousands; may be repeated.</source>
        <translation>import: el campo de importe CAMPO está escrito en miles o millones, p. ej. budget=thousands; se puede repetir.</translation>
    </message>
    <message>
        <source>field=unit</source>
        <translation>campo=unidad</translation>
    </message>
    <message>
        <source>import: read the file&apos;s FROM as TO in the field FIELD, e.g. employee_group:Teachers=certificated; may be repeated.</source>
        <translation>import: lee el DE del archivo como A en el campo CAMPO, p. ej. employee_group:Teachers=certificated; se puede repetir.</translation>
    </message>
    <message>
        <source>field:from=to</source>
        <translation>campo:de=a</translation>
    </message>
    <message>
        <source>import: read FIELD from the part of COLUMN that the regular expression matches (its first group), e.g. local_district=DBN:^(\d\d).</source>
        <translation>import: lee CAMPO de la parte de COLUMNA que coincide con la expresión regular (su primer grupo), p. ej. local_district=DBN:^(\d\d).</translation>
    </message>
    <message>
        <source>field=column:regex</source>
        <translation>campo=columna:regex</translation>
    </message>
    <message>
        <source>import: a wide file: each column whose name matches the regular expression is a row, its name giving FIELD (the first group) and its cells VALUE_FIELD, e.g. grade:count=Grade (.+).</source>
        <translation>import: un archivo ancho: cada columna cuyo nombre coincide con la expresión regular es una fila; su nombre da CAMPO (el primer grupo) y sus celdas CAMPO_VALOR, p. ej. grade:count=Grade (.+).</translation>
    </message>
    <message>
        <source>field[:value_field]=regex</source>
        <translation>campo[:campo_valor]=regex</translation>
    </message>
    <message>
        <source>import: save the mapping used as the profile &lt;name&gt;.</source>
        <translation>import: guarda la asignación usada como el perfil &lt;nombre&gt;.</translation>
    </message>
    <message>
        <source>import: list the fields of the dataset &lt;name&gt; and exit.</source>
        <translation>import: enumera los campos del conjunto de datos &lt;nombre&gt; y termina.</translation>
    </message>
    <message>
        <source>import: also save the report as CSV at &lt;path&gt; (- for standard output).</source>
        <translation>import: también guarda el informe como CSV en &lt;ruta&gt; (- para la salida estándar).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>ruta</translation>
    </message>
    <message>
        <source>import: what a later import of the same source refreshes (default: the profile&apos;s name with the --value values); figures: count only the rows imported from this source.</source>
        <translation>import: lo que actualiza una importación posterior de la misma fuente (predeterminado: el nombre del perfil con los valores de --value); figures: cuenta solo las filas importadas de esta fuente.</translation>
    </message>
    <message>
        <source>%1, in the column&apos;s format (e.g. M/D/YYYY, D/M/YYYY, YYYY-MM-DD), or a month (May 2009) or fiscal year (FY2012) kept as one</source>
        <translation>%1, en el formato de la columna (p. ej. M/D/YYYY, D/M/YYYY, YYYY-MM-DD), o un mes (May 2009) o año fiscal (FY2012), que se guarda como tal</translation>
    </message>
    <message>
        <source>%1; say which with --date-format %2=%3 or --date-format %2=%4</source>
        <translation>%1; indique cuál con --date-format %2=%3 o --date-format %2=%4</translation>
    </message>
    <message>
        <source>%1. Correct the file.</source>
        <translation>%1. Corrija el archivo.</translation>
    </message>
</context>
<context>
    <name>ImportEvent</name>
    <message>
        <source>rejected</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <source>blank</source>
        <translation>en blanco</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>cambiada</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>ya no está</translation>
    </message>
</context>
<context>
    <name>ImportHistory</name>
    <message>
        <source>Could not read the imports: %1</source>
        <translation>No se pudieron leer las importaciones: %1</translation>
    </message>
    <message>
        <source>There is no import %1.</source>
        <translation>No existe la importación %1.</translation>
    </message>
    <message>
        <source>Import %1 cannot be removed while a later import of the same source is kept: remove the later ones first.</source>
        <translation>La importación %1 no se puede quitar mientras se conserve una importación posterior de la misma fuente: quite primero las posteriores.</translation>
    </message>
    <message>
        <source>Import %1 was made by a version of Milepost that did not keep the rows an import replaces: restore the backup taken before it instead (File &gt; Restore Backup…, milepost db backups).</source>
        <translation>La importación %1 se hizo con una versión de Milepost que no guardaba las filas que reemplaza una importación: restaure en su lugar el respaldo hecho antes de ella (Archivo &gt; Restaurar respaldo…, milepost db backups).</translation>
    </message>
    <message>
        <source>Before removing import %1</source>
        <translation>Antes de quitar la importación %1</translation>
    </message>
    <message>
        <source>Could not remove import %1: %2</source>
        <translation>No se pudo quitar la importación %1: %2</translation>
    </message>
    <message>
        <source>removal of import %1</source>
        <translation>eliminación de la importación %1</translation>
    </message>
</context>
<context>
    <name>ImportLock</name>
    <message>
        <source>The database could not be locked for the import: %1</source>
        <translation>No se pudo bloquear la base de datos para la importación: %1</translation>
    </message>
    <message>
        <source>Another import or upgrade of this database is running. Nothing was changed; try again when it has finished.</source>
        <translation>Hay otra importación o actualización de esta base de datos en curso. No se cambió nada; vuelva a intentarlo cuando haya terminado.</translation>
    </message>
    <message>
        <source>%1 is already importing into this database (%2, since %3). Nothing was changed; try again when that import has finished.</source>
        <translation>%1 ya está importando en esta base de datos (%2, desde %3). No se cambió nada; vuelva a intentarlo cuando haya terminado esa importación.</translation>
    </message>
    <message>
        <source>an upgrade or import</source>
        <translation>una actualización o importación</translation>
    </message>
</context>
<context>
    <name>ImportPlanCommand</name>
    <message>
        <source>      A new edition of a stored plan (the same file name) is merged: milestones keep their
      progress and edits, new ones are added, dropped ones are kept as removed and changed
      dates are recorded as plan edits; the report lists each. A renamed milestone is
      offered, not matched: confirm it with --match &quot;OLD TITLE=NEW TITLE&quot; (repeatable).
      --dry-run shows the report and stores nothing.
</source>
        <translation>      Una nueva versión de un plan guardado (el mismo nombre de archivo) se fusiona: los hitos
      conservan su avance y sus ediciones, los nuevos se agregan, los que ya no están se
      conservan como quitados y las fechas cambiadas se registran como ediciones del plan; el
      informe enumera cada uno. Un hito renombrado se ofrece, no se empareja: confírmelo con
      --match &quot;TÍTULO ANTERIOR=TÍTULO NUEVO&quot; (se puede repetir).
      --dry-run muestra el informe y no guarda nada.
</translation>
    </message>
    <message>
        <source>milepost: --match takes OLD TITLE=NEW TITLE, not “%1”</source>
        <translation>milepost: --match recibe TÍTULO ANTERIOR=TÍTULO NUEVO, no “%1”</translation>
    </message>
    <message>
        <source>milepost: %1</source>
        <translation>milepost: %1</translation>
    </message>
    <message>
        <source>milepost: cannot open database %1: %2</source>
        <translation>milepost: no se puede abrir la base de datos %1: %2</translation>
    </message>
    <message>
        <source>milepost: --match “%1=%2” names no removed milestone (or objective) and new one of those titles; nothing was stored</source>
        <translation>milepost: --match “%1=%2” no nombra un hito (u objetivo) quitado y uno nuevo con esos títulos; no se guardó nada</translation>
    </message>
    <message>
        <source>%1 holds no plan from %2: it would be imported as a new plan, %3. Dry run: nothing was stored.</source>
        <translation>%1 no tiene ningún plan de %2: se importaría como un plan nuevo, %3. Simulación: no se guardó nada.</translation>
    </message>
    <message>
        <source>milepost: %1 was not stored, the plan in %2 was kept: %3. Use --force to replace it anyway.</source>
        <translation>milepost: %1 no se guardó, se conservó el plan de %2: %3. Use --force para reemplazarlo de todos modos.</translation>
    </message>
    <message>
        <source>milepost: cannot store the plan in %1: %2</source>
        <translation>milepost: no se puede guardar el plan en %1: %2</translation>
    </message>
    <message>
        <source>Imported %1, %2 from %3; %4</source>
        <translation>Se importaron %1, %2 de %3; %4</translation>
    </message>
    <message>
        <source>line %1: %2: %3</source>
        <translation>línea %1: %2: %3</translation>
    </message>
    <message>
        <source>A new edition of the stored plan; merging it would change:</source>
        <translation>Una nueva versión del plan guardado; fusionarla cambiaría:</translation>
    </message>
    <message>
        <source>Merged as a new edition of the stored plan; every recorded update is kept:</source>
        <translation>Se fusionó como nueva versión del plan guardado; se conserva cada actualización registrada:</translation>
    </message>
    <message>
        <source>New (%1):</source>
        <translation>Nuevos (%1):</translation>
    </message>
    <message>
        <source>  + %1</source>
        <translation>  + %1</translation>
    </message>
    <message>
        <source>Removed, kept with their history (%1):</source>
        <translation>Quitados, conservados con su historial (%1):</translation>
    </message>
    <message>
        <source>  - %1</source>
        <translation>  - %1</translation>
    </message>
    <message>
        <source>Back in the plan (%1):</source>
        <translation>De vuelta en el plan (%1):</translation>
    </message>
    <message>
        <source>Changed (%1), recorded as plan edits:</source>
        <translation>Cambiados (%1), registrados como ediciones del plan:</translation>
    </message>
    <message>
        <source>  * %1: %2</source>
        <translation>  * %1: %2</translation>
    </message>
    <message>
        <source>Kept a person&apos;s edit over the new edition (%1):</source>
        <translation>Se conservó la edición de una persona frente a la nueva versión (%1):</translation>
    </message>
    <message>
        <source>  ! %1: %2</source>
        <translation>  ! %1: %2</translation>
    </message>
    <message>
        <source>Rename candidates, counted as removed and new until confirmed (%1):</source>
        <translation>Posibles cambios de nombre, contados como quitados y nuevos hasta que se confirmen (%1):</translation>
    </message>
    <message>
        <source>  ? %1; to keep it one: %2</source>
        <translation>  ? %1; para tratarlos como uno solo: %2</translation>
    </message>
    <message>
        <source>New objective: %1</source>
        <translation>Objetivo nuevo: %1</translation>
    </message>
    <message>
        <source>Removed objective, kept with its history: %1</source>
        <translation>Objetivo quitado, conservado con su historial: %1</translation>
    </message>
    <message>
        <source>Renamed objective: %1 → %2</source>
        <translation>Objetivo renombrado: %1 → %2</translation>
    </message>
    <message>
        <source>New status text of %1: %2 → %3</source>
        <translation>Nuevo texto de estado de %1: %2 → %3</translation>
    </message>
    <message>
        <source>Dry run: nothing was stored.</source>
        <translation>Simulación: no se guardó nada.</translation>
    </message>
    <message>
        <source>import-plan: show what a new edition would change; store nothing.</source>
        <translation>import-plan: muestra lo que cambiaría una nueva versión; no guarda nada.</translation>
    </message>
    <message>
        <source>import-plan: the milestone (or objective) titled OLD is the one the new edition titles NEW; may be repeated.</source>
        <translation>import-plan: el hito (u objetivo) titulado ANTERIOR es el que la nueva versión titula NUEVO; se puede repetir.</translation>
    </message>
    <message>
        <source>old=new</source>
        <translation>anterior=nuevo</translation>
    </message>
</context>
<context>
    <name>ImportProfile</name>
    <message>
        <source>the decimal separator must be . or ,</source>
        <translation>el separador decimal debe ser . o ,</translation>
    </message>
    <message>
        <source>the delimiter must be a comma, semicolon, tab or pipe</source>
        <translation>el delimitador debe ser coma, punto y coma, tabulación o barra vertical</translation>
    </message>
    <message>
        <source>%1 has no field “%2”</source>
        <translation>%1 no tiene el campo “%2”</translation>
    </message>
    <message>
        <source>the field %1 is mapped twice</source>
        <translation>el campo %1 está asignado dos veces</translation>
    </message>
    <message>
        <source>%1 has both a column (“%2”) and a value (“%3”); choose one</source>
        <translation>%1 tiene una columna (“%2”) y un valor (“%3”); elija uno</translation>
    </message>
    <message>
        <source>the column for %1 has an invalid occurrence</source>
        <translation>la columna de %1 tiene una aparición no válida</translation>
    </message>
    <message>
        <source>the pattern “%1” for %2 is not a regular expression: %3</source>
        <translation>el patrón “%1” de %2 no es una expresión regular: %3</translation>
    </message>
    <message>
        <source>%1 has a value; a pattern takes part of a column</source>
        <translation>%1 tiene un valor; un patrón toma parte de una columna</translation>
    </message>
    <message>
        <source>%1 is not an amount; only amounts have a unit</source>
        <translation>%1 no es un importe; solo los importes tienen unidad</translation>
    </message>
    <message>
        <source>choose the date format of the column “%1” (%2)</source>
        <translation>elija el formato de fecha de la columna “%1” (%2)</translation>
    </message>
    <message>
        <source>the date format of %1 is not usable: %2</source>
        <translation>el formato de fecha de %1 no se puede usar: %2</translation>
    </message>
    <message>
        <source>a wide file&apos;s column names and cells must give two different fields</source>
        <translation>los nombres de columna y las celdas de un archivo ancho deben dar dos campos distintos</translation>
    </message>
    <message>
        <source>%1 comes from the wide columns; it cannot also be mapped</source>
        <translation>%1 viene de las columnas anchas; no se puede asignar también</translation>
    </message>
    <message>
        <source>the pattern “%1” of the wide columns is not a regular expression%2</source>
        <translation>el patrón “%1” de las columnas anchas no es una expresión regular%2</translation>
    </message>
    <message>
        <source>%1 is a date; a wide file&apos;s column names give a year, a grade or a period</source>
        <translation>%1 es una fecha; los nombres de columna de un archivo ancho dan un año, un grado o un periodo</translation>
    </message>
    <message>
        <source>choose the column for %1; every row needs it</source>
        <translation>elija la columna de %1; toda fila la necesita</translation>
    </message>
    <message>
        <source>choose the column for Project Key, or those for Site Code and Description, so that the phase rows of one project can be told apart from another&apos;s</source>
        <translation>elija la columna de Clave del proyecto, o las de Código del sitio y Descripción, para distinguir las filas de fase de un proyecto de las de otro</translation>
    </message>
    <message>
        <source>the profile was saved by another version of Milepost</source>
        <translation>el perfil se guardó con otra versión de Milepost</translation>
    </message>
    <message>
        <source>the profile names no known dataset</source>
        <translation>el perfil no nombra ningún conjunto de datos conocido</translation>
    </message>
    <message>
        <source>the profile names an unknown encoding</source>
        <translation>el perfil nombra una codificación desconocida</translation>
    </message>
    <message>
        <source>the profile names an unknown delimiter</source>
        <translation>el perfil nombra un delimitador desconocido</translation>
    </message>
    <message>
        <source>the profile names an unknown unit “%1”</source>
        <translation>el perfil nombra una unidad desconocida “%1”</translation>
    </message>
</context>
<context>
    <name>ImportReportPrinter</name>
    <message>
        <source>%1 (column “%2”)</source>
        <translation>%1 (columna “%2”)</translation>
    </message>
    <message>
        <source>%1: mixed: line %2 has %3 (%4) and line %5 has %6 (%7); no one format reads the column, so the file must be corrected.</source>
        <translation>%1: mixto: la línea %2 tiene %3 (%4) y la línea %5 tiene %6 (%7); ningún formato lee toda la columna, así que hay que corregir el archivo.</translation>
    </message>
    <message>
        <source>%1: %2 (%3), from line %4: %5. Import again with --date-format %6=%3.</source>
        <translation>%1: %2 (%3), desde la línea %4: %5. Vuelva a importar con --date-format %6=%3.</translation>
    </message>
    <message>
        <source>%1: %2 (%3), from line %4: %5.</source>
        <translation>%1: %2 (%3), desde la línea %4: %5.</translation>
    </message>
    <message>
        <source>%1: ambiguous: no value shows whether the day or the month comes first (every day is the 12th or earlier); read %2 (%3), the format chosen. If the file writes them the other way, import it again with --date-format %4=%5.</source>
        <translation>%1: ambiguo: ningún valor muestra si va primero el día o el mes (todos los días son 12 o menos); se leyó %2 (%3), el formato elegido. Si el archivo los escribe al revés, vuelva a importarlo con --date-format %4=%5.</translation>
    </message>
    <message>
        <source>Imported %1 into %2 with the profile %3 (source “%4”).</source>
        <translation>Se importó %1 en %2 con el perfil %3 (fuente “%4”).</translation>
    </message>
    <message>
        <source>Encoding %1 (%2); delimiter %3 (%4).</source>
        <translation>Codificación %1 (%2); delimitador %3 (%4).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (no)</source>
        <translation>%1 (no)</translation>
    </message>
    <message>
        <source>Not in the file, left empty: %1.</source>
        <translation>No están en el archivo, se dejaron vacíos: %1.</translation>
    </message>
    <message>
        <source>%1 rows read: %2 stored, %3 rejected, %4 blank, %5 totals.</source>
        <translation>%1 filas leídas: %2 guardadas, %3 rechazadas, %4 en blanco, %5 de totales.</translation>
    </message>
    <message>
        <source>Totals (footer rows, not imported): line %1.</source>
        <translation>Totales (filas de pie, no importadas): línea %1.</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Fases</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 changed, %4 unchanged, %5 gone.</source>
        <translation>%1: %2 altas, %3 con cambios, %4 sin cambios, %5 bajas.</translation>
    </message>
    <message>
        <source>Projects: %1 new, %2 changed, %3 unchanged, %4 gone.</source>
        <translation>Proyectos: %1 nuevos, %2 cambiados, %3 sin cambios, %4 ya no están.</translation>
    </message>
    <message>
        <source> (column %1, %2)</source>
        <translation> (columna %1, %2)</translation>
    </message>
    <message>
        <source>If %1 means “not applicable”, import the file again with %2 to store those values as such.</source>
        <translation>Si %1 significa “no aplicable”, vuelva a importar el archivo con %2 para guardar esos valores como tales.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>earlier file</source>
        <translation>archivo anterior</translation>
    </message>
    <message>
        <source>, column %1 (%2)</source>
        <translation>, columna %1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source> [%1]</source>
        <translation> [%1]</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source> (also written %1)</source>
        <translation> (también escrito %1)</translation>
    </message>
    <message>
        <source>Rejected%1: %2%5: %3 rows, lines %4.</source>
        <translation>Rechazadas%1: %2%5: %3 filas, líneas %4.</translation>
    </message>
</context>
<context>
    <name>ImportRunLog</name>
    <message>
        <source>not in this file; line %1 of the file imported before</source>
        <translation>no está en este archivo; línea %1 del archivo importado antes</translation>
    </message>
</context>
<context>
    <name>ImportsCommand</name>
    <message>
        <source>  imports [--json] [--db PATH]
      List the dataset imports, newest first: id, when, by whom, dataset, source, rows
      stored of rows read, and the file.
  imports remove RUN_ID [--db PATH]
      Remove one import with every row it added; for a re-import of a source, the rows
      it changed or removed come back as they were. Only the latest import of a source
      can be removed. The database is backed up first (milepost db backups).
</source>
        <translation>  imports [--json] [--db RUTA]
      Enumera las importaciones de conjuntos de datos, de la más reciente a la más antigua: id,
      cuándo, quién, conjunto de datos, fuente, filas guardadas de filas leídas, y el archivo.
  imports remove ID_IMPORTACIÓN [--db RUTA]
      Quita una importación con todas las filas que agregó; en una reimportación de una fuente,
      las filas que cambió o quitó vuelven a quedar como estaban. Solo se puede quitar la
      importación más reciente de una fuente. Antes se respalda la base de datos
      (milepost db backups).
</translation>
    </message>
    <message>
        <source>milepost: imports takes nothing or remove RUN_ID; try “milepost --help”</source>
        <translation>milepost: imports no recibe nada o remove ID_IMPORTACIÓN; pruebe “milepost --help”</translation>
    </message>
    <message>
        <source>milepost: %1</source>
        <translation>milepost: %1</translation>
    </message>
    <message>
        <source>No dataset imports in %1.</source>
        <translation>No hay importaciones de conjuntos de datos en %1.</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4 “%5”  %6 stored of %7 read%8
    %9</source>
        <translation>%1  %2  %3  %4 “%5”  %6 guardadas de %7 leídas%8
    %9</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(desconocido)</translation>
    </message>
    <message>
        <source> (refreshed by a later import)</source>
        <translation> (actualizada por una importación posterior)</translation>
    </message>
    <message>
        <source> (kept nothing it replaced: restore a backup to take it back)</source>
        <translation> (no guardó nada de lo que reemplazó: restaure un respaldo para deshacerla)</translation>
    </message>
    <message>
        <source>milepost: “%1” is not an import id; milepost imports lists them</source>
        <translation>milepost: “%1” no es un id de importación; milepost imports los enumera</translation>
    </message>
    <message>
        <source>Removed import %1 (%2 “%3” from %4): %5 it added removed, %6 it changed or removed restored%7. The database as it was is in the backups (milepost db backups).</source>
        <translation>Se quitó la importación %1 (%2 “%3” de %4): se quitó lo que agregó (%5) y se restauró lo que cambió o quitó (%6)%7. La base de datos tal como estaba está en los respaldos (milepost db backups).</translation>
    </message>
    <message>
        <source>; the source is gone with its only import</source>
        <translation>; la fuente desaparece con su única importación</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>The database “%1” passed SQLite&apos;s integrity check.</source>
        <translation>La base de datos “%1” pasó la verificación de integridad de SQLite.</translation>
    </message>
    <message>
        <source>The integrity check of “%1” was cancelled.</source>
        <translation>Se canceló la verificación de integridad de “%1”.</translation>
    </message>
    <message>
        <source>The integrity of “%1” could not be checked: %2</source>
        <translation>No se pudo verificar la integridad de “%1”: %2</translation>
    </message>
    <message>
        <source>The database “%1” is damaged (%2). Milepost will not write into it. Restore the latest backup (File &gt; Restore Backup… or “milepost db restore”), or open a copy with the sqlite3 tool&apos;s .recover command to save what can be read.</source>
        <translation>La base de datos “%1” está dañada (%2). Milepost no escribirá en ella. Restaure el respaldo más reciente (Archivo &gt; Restaurar respaldo… o “milepost db restore”), o abra una copia con el comando .recover de la herramienta sqlite3 para rescatar lo que se pueda leer.</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>sin detalles</translation>
    </message>
</context>
<context>
    <name>Interruption</name>
    <message>
        <source>milepost: interrupted; the database was left as it was</source>
        <translation>milepost: interrumpido; la base de datos quedó como estaba</translation>
    </message>
</context>
<context>
    <name>MappingSampleCheck</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>no se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 has no header line</source>
        <translation>%1 no tiene línea de encabezado</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
</context>
<context>
    <name>MilestoneChecker</name>
    <message>
        <source>%1 ends (%2) before it starts (%3)</source>
        <translation>%1 termina (%2) antes de comenzar (%3)</translation>
    </message>
    <message>
        <source>marked %1, outside the dates</source>
        <translation>marcado en %1, fuera de las fechas</translation>
    </message>
    <message>
        <source>dates cover %1, not marked</source>
        <translation>las fechas cubren %1, sin marcar</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>MilestoneReport</name>
    <message>
        <source>Milestone report</source>
        <translation>Informe de hitos</translation>
    </message>
    <message>
        <source>Milestone report: %1</source>
        <translation>Informe de hitos: %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Milestones by objective</source>
        <translation>Hitos por objetivo</translation>
    </message>
    <message>
        <source>Timeline · %1</source>
        <translation>Cronograma · %1</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Al %1</translation>
    </message>
    <message>
        <source>No as-of date</source>
        <translation>Sin fecha de corte</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Impreso el %1</translation>
    </message>
    <message>
        <source>%1  ·  %2</source>
        <translation>%1  ·  %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (of %2 in the plan)</source>
        <translation>%1 (de %2 en el plan)</translation>
    </message>
    <message>
        <source>Nothing to draw: no milestone shown has a date</source>
        <translation>Nada que dibujar: ningún hito mostrado tiene fecha</translation>
    </message>
    <message>
        <source>%1 – %2, %3</source>
        <translation>%1 – %2, %3</translation>
    </message>
    <message>
        <source>fitted to the page width</source>
        <translation>ajustado al ancho de la página</translation>
    </message>
    <message>
        <source>at a readable scale</source>
        <translation>a una escala legible</translation>
    </message>
    <message>
        <source>, %1 pages across</source>
        <translation>, %1 páginas de ancho</translation>
    </message>
    <message>
        <source>, greyscale</source>
        <translation>, escala de grises</translation>
    </message>
    <message>
        <source>, colour</source>
        <translation>, color</translation>
    </message>
    <message>
        <source>%1, imported %2</source>
        <translation>%1, importado el %2</translation>
    </message>
    <message>
        <source>Status as of</source>
        <translation>Estado al</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>None: the whole plan</source>
        <translation>Ninguno: todo el plan</translation>
    </message>
    <message>
        <source>Showing</source>
        <translation>Se muestra</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronograma</translation>
    </message>
    <message>
        <source>Plan source</source>
        <translation>Fuente del plan</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Impreso</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <source>First: %1</source>
        <translation>Primero: %1</translation>
    </message>
    <message>
        <source>No dated milestone</source>
        <translation>Ningún hito con fecha</translation>
    </message>
    <message>
        <source>Last: %1</source>
        <translation>Último: %1</translation>
    </message>
    <message>
        <source>Without a usable start or end</source>
        <translation>Sin inicio o fin utilizable</translation>
    </message>
    <message>
        <source>Ending within %1 days</source>
        <translation>Terminan en %1 días</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>first and last year</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>página %1</translation>
    </message>
    <message>
        <source>pages %1–%2</source>
        <translation>páginas %1–%2</translation>
    </message>
    <message>
        <source>Timeline (%1 rows of pages, %2 pages across each)</source>
        <translation>Cronograma (%1 filas de páginas, %2 páginas de ancho cada una)</translation>
    </message>
    <message>
        <source>No objective or milestone matches the filters.</source>
        <translation>Ningún objetivo ni hito coincide con los filtros.</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Cifras clave</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
</context>
<context>
    <name>MilestoneStatus</name>
    <message>
        <source>The end is given as “%1”.</source>
        <translation>El fin se indica como “%1”.</translation>
    </message>
    <message>
        <source>The start is given as “%1”.</source>
        <translation>El inicio se indica como “%1”.</translation>
    </message>
    <message>
        <source>The end is missing.</source>
        <translation>Falta el fin.</translation>
    </message>
    <message>
        <source>The start is missing.</source>
        <translation>Falta el inicio.</translation>
    </message>
    <message>
        <source>The end “%1” could not be read.</source>
        <translation>No se pudo leer el fin “%1”.</translation>
    </message>
    <message>
        <source>The start “%1” could not be read.</source>
        <translation>No se pudo leer el inicio “%1”.</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>No as-of date to compare with.</source>
        <translation>No hay fecha de corte con qué comparar.</translation>
    </message>
    <message>
        <source>The end %1 falls before the start %2.</source>
        <translation>El fin %1 es anterior al inicio %2.</translation>
    </message>
    <message>
        <source>Starts %1, in %2.</source>
        <comment>date, day count</comment>
        <translation>Comienza el %1, en %2.</translation>
    </message>
    <message>
        <source>Begun and ongoing.</source>
        <translation>Comenzado y continuo.</translation>
    </message>
    <message>
        <source>Begun; ends %1, in %2.</source>
        <comment>date, day count</comment>
        <translation>Comenzado; termina el %1, en %2.</translation>
    </message>
    <message>
        <source>Ends on the as-of date, %1.</source>
        <translation>Termina en la fecha de corte, %1.</translation>
    </message>
    <message>
        <source>Ends %1, in %2.</source>
        <comment>date, day count</comment>
        <translation>Termina el %1, en %2.</translation>
    </message>
    <message>
        <source>Ended %1, %2 before the as-of date.</source>
        <comment>date, day count</comment>
        <translation>Terminó el %1, %2 antes de la fecha de corte.</translation>
    </message>
    <message>
        <source>%1 The objective is Completed.</source>
        <comment>ended sentence</comment>
        <translation>%1 El objetivo está Terminado.</translation>
    </message>
    <message>
        <source>%1 The objective is %2, not Completed.</source>
        <comment>ended sentence, objective state</comment>
        <translation>%1 El objetivo está %2, no Terminado.</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin iniciar</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>A tiempo</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Vence pronto</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Atrasado</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Recorded as deferred: put off to a later plan.</source>
        <translation>Registrado como aplazado: pospuesto para un plan posterior.</translation>
    </message>
    <message>
        <source>Recorded as cancelled: it will not be done.</source>
        <translation>Registrado como cancelado: no se hará.</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Aplazado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
</context>
<context>
    <name>MilestoneTableReader</name>
    <message>
        <source>The year row puts Q%1 in %2, but the quarters run in order to %3; read as %3</source>
        <translation>La fila de años pone T%1 en %2, pero los trimestres siguen en orden hasta %3; se leyó como %3</translation>
    </message>
    <message>
        <source>The quarter columns have no year above or below them; the table&apos;s quarter marks could not be placed</source>
        <translation>Las columnas de trimestres no tienen año arriba ni abajo; no se pudieron ubicar las marcas de trimestre de la tabla</translation>
    </message>
    <message>
        <source>Stray quarter marks (%1) on a line without a milestone were left out</source>
        <translation>Se omitieron marcas de trimestre sueltas (%1) en una línea sin hito</translation>
    </message>
    <message>
        <source>A milestone row has no title</source>
        <translation>Una fila de hito no tiene título</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 de %2: %3</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>%1 in the quarters of %2 is not a quarter such as 2022 Q3</source>
        <translation>%1 en los trimestres de %2 no es un trimestre como 2022 Q3</translation>
    </message>
    <message>
        <source>%1 under %2 of %3 is not a quarter mark (●)</source>
        <translation>%1 bajo %2 de %3 no es una marca de trimestre (●)</translation>
    </message>
    <message>
        <source>Quarter marks of %1 sit in columns without a quarter heading and could not be placed</source>
        <translation>Las marcas de trimestre de %1 están en columnas sin encabezado de trimestre y no se pudieron ubicar</translation>
    </message>
    <message>
        <source>%1 in column %2 of %3 has no column heading</source>
        <translation>%1 en la columna %2 de %3 no tiene encabezado de columna</translation>
    </message>
    <message>
        <source>The implementation plan table has headings but no milestone rows</source>
        <translation>La tabla del plan de implementación tiene encabezados pero ninguna fila de hito</translation>
    </message>
</context>
<context>
    <name>ObjectiveLookup</name>
    <message>
        <source>name an objective by its number or its title</source>
        <translation>indique un objetivo por su número o su título</translation>
    </message>
    <message>
        <source>there is no objective %1: the plan has objectives 1 to %2</source>
        <translation>no existe el objetivo %1: el plan tiene los objetivos 1 a %2</translation>
    </message>
    <message>
        <source>there is no objective “%1” in the plan</source>
        <translation>no hay ningún objetivo “%1” en el plan</translation>
    </message>
    <message>
        <source>%1 objectives are titled “%2”: give one of their numbers, %3</source>
        <translation>%1 objetivos se titulan “%2”: indique uno de sus números, %3</translation>
    </message>
</context>
<context>
    <name>ObjectiveStatus</name>
    <message>
        <source>Not started</source>
        <translation>Sin iniciar</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
</context>
<context>
    <name>Period</name>
    <message>
        <source>no period given</source>
        <translation>no se indicó periodo</translation>
    </message>
    <message>
        <source>“%1” is outside the years a period can have (1900 to 9999)</source>
        <translation>“%1” está fuera de los años que puede tener un periodo (1900 a 9999)</translation>
    </message>
    <message>
        <source>“%1” could be the school year %1 or a month; write %2-%3 for the school year or %2-%4-01/%2-%4-%5 for the month</source>
        <translation>“%1” podría ser el ciclo escolar %1 o un mes; escriba %2-%3 para el ciclo escolar o %2-%4-01/%2-%4-%5 para el mes</translation>
    </message>
    <message>
        <source>“%1” is not one school year: the second year must follow the first</source>
        <translation>“%1” no es un solo ciclo escolar: el segundo año debe seguir al primero</translation>
    </message>
    <message>
        <source>“%1” is not a period: no month is called “%2”</source>
        <translation>“%1” no es un periodo: ningún mes se llama “%2”</translation>
    </message>
    <message>
        <source>“%1” holds a day that does not exist</source>
        <translation>“%1” contiene un día que no existe</translation>
    </message>
    <message>
        <source>“%1” ends before it starts</source>
        <translation>“%1” termina antes de comenzar</translation>
    </message>
    <message>
        <source>“%1” is not a period: write a school year (2021-22, FY2022), a month (2022-03, March 2022) or a range of days (2022-03-15/2022-06-30)</source>
        <translation>“%1” no es un periodo: escriba un ciclo escolar (2021-22, FY2022), un mes (2022-03, March 2022) o un intervalo de días (2022-03-15/2022-06-30)</translation>
    </message>
    <message>
        <source>“%1” is not a school year such as 2021-22</source>
        <translation>“%1” no es un ciclo escolar como 2021-22</translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <source>out of memory</source>
        <translation>sin memoria</translation>
    </message>
    <message>
        <source>PostgreSQL database “%1” on %2 as %3</source>
        <translation>base de datos PostgreSQL «%1» en %2 como %3</translation>
    </message>
    <message>
        <source>the local socket</source>
        <translation>el socket local</translation>
    </message>
    <message>
        <source>the transaction was rolled back, because one of its statements failed</source>
        <translation>la transacción se revirtió porque falló una de sus instrucciones</translation>
    </message>
</context>
<context>
    <name>PgRoles</name>
    <message>
        <source>roles belong to a database on a PostgreSQL server; a local file has none</source>
        <translation>los roles pertenecen a una base de datos en un servidor PostgreSQL; un archivo local no tiene ninguno</translation>
    </message>
    <message>
        <source>the server has no role “%1”; create it first (CREATE ROLE … LOGIN)</source>
        <translation>el servidor no tiene el rol «%1»; créelo primero (CREATE ROLE … LOGIN)</translation>
    </message>
</context>
<context>
    <name>PgSchema</name>
    <message>
        <source>the database holds tables that Milepost did not create</source>
        <translation>la base de datos tiene tablas que Milepost no creó</translation>
    </message>
    <message>
        <source>the database&apos;s schema version is missing</source>
        <translation>falta la versión del esquema de la base de datos</translation>
    </message>
    <message>
        <source>the database belongs to another application</source>
        <translation>la base de datos pertenece a otra aplicación</translation>
    </message>
    <message>
        <source>step to version %1: %2</source>
        <translation>paso a la versión %1: %2</translation>
    </message>
    <message>
        <source>another upgrade or import of the database did not finish in 30 seconds (%1)</source>
        <translation>otra actualización o importación de la base de datos no terminó en 30 segundos (%1)</translation>
    </message>
    <message>
        <source>%1 is importing into or upgrading the database (%2); try again when it has finished</source>
        <translation>%1 está importando datos en la base de datos o actualizándola (%2); vuelva a intentarlo cuando haya terminado</translation>
    </message>
    <message>
        <source>the server gives this role no access to the database&apos;s schema (search_path); an admin can grant it (milepost db grant)</source>
        <translation>el servidor no le da a este rol acceso al esquema de la base de datos (search_path); un administrador puede otorgárselo (milepost db grant)</translation>
    </message>
</context>
<context>
    <name>PgStatement</name>
    <message>
        <source>parameter %1 is not in the statement</source>
        <translation>el parámetro %1 no está en la instrucción</translation>
    </message>
    <message>
        <source>PostgreSQL cannot store text that contains a NUL character</source>
        <translation>PostgreSQL no puede guardar texto que contenga un carácter NUL</translation>
    </message>
</context>
<context>
    <name>PhaseNames</name>
    <message>
        <source>Learn</source>
        <translation>Aprender</translation>
    </message>
    <message>
        <source>Assess</source>
        <translation>Evaluar</translation>
    </message>
    <message>
        <source>Communicate</source>
        <translation>Comunicar</translation>
    </message>
    <message>
        <source>Act</source>
        <translation>Actuar</translation>
    </message>
</context>
<context>
    <name>PlanChanges</name>
    <message>
        <source>New milestones</source>
        <translation>Hitos nuevos</translation>
    </message>
    <message>
        <source>Removed milestones</source>
        <translation>Hitos quitados</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminados</translation>
    </message>
    <message>
        <source>Dates moved</source>
        <translation>Fechas movidas</translation>
    </message>
    <message>
        <source>Status changes</source>
        <translation>Cambios de estado</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>Renombrados</translation>
    </message>
    <message>
        <source>Percent complete</source>
        <translation>Porcentaje completado</translation>
    </message>
    <message>
        <source>Other recorded changes</source>
        <translation>Otros cambios registrados</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>slipped 1 day</source>
        <translation>se retrasó 1 día</translation>
    </message>
    <message>
        <source>slipped %1 days</source>
        <translation>se retrasó %1 días</translation>
    </message>
    <message>
        <source>pulled in 1 day</source>
        <translation>se adelantó 1 día</translation>
    </message>
    <message>
        <source>pulled in %1 days</source>
        <translation>se adelantó %1 días</translation>
    </message>
    <message>
        <source>Nothing changed between these dates.</source>
        <translation>Nada cambió entre estas fechas.</translation>
    </message>
    <message>
        <source>%1 new</source>
        <translation>nuevos: %1</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>quitados: %1</translation>
    </message>
    <message>
        <source>%1 completed</source>
        <translation>terminados: %1</translation>
    </message>
    <message>
        <source>%1 with dates moved (%2 slipped)</source>
        <translation>con fechas movidas: %1 (retrasados: %2)</translation>
    </message>
    <message>
        <source>1 status change</source>
        <translation>1 cambio de estado</translation>
    </message>
    <message>
        <source>%1 status changes</source>
        <translation>%1 cambios de estado</translation>
    </message>
    <message>
        <source>1 objective changed</source>
        <translation>1 objetivo cambiado</translation>
    </message>
    <message>
        <source>%1 objectives changed</source>
        <translation>%1 objetivos cambiados</translation>
    </message>
    <message>
        <source>%1 renamed</source>
        <translation>renombrados: %1</translation>
    </message>
    <message>
        <source>1 percent change</source>
        <translation>1 cambio de porcentaje</translation>
    </message>
    <message>
        <source>%1 percent changes</source>
        <translation>%1 cambios de porcentaje</translation>
    </message>
    <message>
        <source>1 other change</source>
        <translation>1 otro cambio</translation>
    </message>
    <message>
        <source>%1 other changes</source>
        <translation>%1 otros cambios</translation>
    </message>
    <message>
        <source>1 note only</source>
        <translation>1 nota sin otro cambio</translation>
    </message>
    <message>
        <source>%1 notes only</source>
        <translation>%1 notas sin otro cambio</translation>
    </message>
    <message>
        <source>%1 on %2; from %3 and %4.</source>
        <comment>changes, milestones, updates, plan edits</comment>
        <translation>%1 en %2; de %3 y %4.</translation>
    </message>
    <message>
        <source>1 milestone</source>
        <translation>1 hito</translation>
    </message>
    <message>
        <source>%1 milestones</source>
        <translation>%1 hitos</translation>
    </message>
    <message>
        <source>1 progress update</source>
        <translation>1 actualización de avance</translation>
    </message>
    <message>
        <source>%1 progress updates</source>
        <translation>%1 actualizaciones de avance</translation>
    </message>
    <message>
        <source>1 plan edit</source>
        <translation>1 edición del plan</translation>
    </message>
    <message>
        <source>%1 plan edits</source>
        <translation>%1 ediciones del plan</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <comment>field: old → new</comment>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Added to the plan: %1 – %2</source>
        <comment>planned start – planned end</comment>
        <translation>Agregado al plan: %1 – %2</translation>
    </message>
    <message>
        <source>Removed from the plan (was to end %1)</source>
        <translation>Quitado del plan (fin previsto: %1)</translation>
    </message>
    <message>
        <source>Removed from the plan</source>
        <translation>Quitado del plan</translation>
    </message>
    <message>
        <source>Recorded Done</source>
        <translation>Registrado como Hecho</translation>
    </message>
    <message>
        <source>Completed on %1</source>
        <translation>Terminado el %1</translation>
    </message>
    <message>
        <source>, 1 day after its planned end</source>
        <translation>, 1 día después de su fin previsto</translation>
    </message>
    <message>
        <source>, %1 days after its planned end</source>
        <translation>, %1 días después de su fin previsto</translation>
    </message>
    <message>
        <source>, 1 day before its planned end</source>
        <translation>, 1 día antes de su fin previsto</translation>
    </message>
    <message>
        <source>, %1 days before its planned end</source>
        <translation>, %1 días antes de su fin previsto</translation>
    </message>
    <message>
        <source>, on its planned end</source>
        <translation>, en su fin previsto</translation>
    </message>
    <message>
        <source>Status was %1</source>
        <translation>El estado era %1</translation>
    </message>
    <message>
        <source>Renamed from “%1”</source>
        <translation>Renombrado (antes “%1”)</translation>
    </message>
    <message>
        <source>Note only</source>
        <translation>Solo nota</translation>
    </message>
    <message>
        <source> (%1)</source>
        <comment>a slip after a change</comment>
        <translation> (%1)</translation>
    </message>
</context>
<context>
    <name>PlanCommand</name>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>  plan objectives [--db PATH]
      List the plan&apos;s objectives with their numbers, for --objective.
  plan add-milestone --objective N|TITLE --title TEXT --start DATE --end DATE [--quarters Q]
  plan edit-milestone --id ID [--title TEXT] [--start DATE] [--end DATE] [--quarters Q]
  plan remove-milestone --id ID | plan restore-milestone --id ID
  plan set-objective-status --objective N|TITLE [--status WORD|none] [--estimate DATE]
      each with [--note TEXT] [--as-of DATE] [--by NAME] [--expect-version N] [--db PATH]
      Edit the plan as of DATE (default today), as the window&apos;s Plan menu does: every edit is
      kept in the history with its old values, and refused when someone edited the same
      milestone or objective since (or since version N). Needs no display.
</source>
        <translation>  plan objectives [--db RUTA]
      Enumera los objetivos del plan con sus números, para --objective.
  plan add-milestone --objective N|TÍTULO --title TEXTO --start FECHA --end FECHA [--quarters Q]
  plan edit-milestone --id ID [--title TEXTO] [--start FECHA] [--end FECHA] [--quarters Q]
  plan remove-milestone --id ID | plan restore-milestone --id ID
  plan set-objective-status --objective N|TÍTULO [--status PALABRA|none] [--estimate FECHA]
      cada uno con [--note TEXTO] [--as-of FECHA] [--by NOMBRE] [--expect-version N] [--db RUTA]
      Edita el plan a la FECHA (hoy si no se indica), como lo hace el menú Plan de la ventana:
      cada edición se guarda en el historial con sus valores anteriores, y se rechaza si alguien
      editó el mismo hito u objetivo desde entonces (o desde la versión N). No necesita pantalla.
</translation>
    </message>
    <message>
        <source>milepost: plan needs --by NAME: the login name is not known</source>
        <translation>milepost: plan necesita --by NOMBRE: no se conoce el nombre de usuario</translation>
    </message>
    <message>
        <source>milepost: plan %1 needs --id ID (the Id column of export --dataset milestones)</source>
        <translation>milepost: plan %1 necesita --id ID (la columna Id de export --dataset milestones)</translation>
    </message>
    <message>
        <source>milepost: plan takes one of %1</source>
        <translation>milepost: plan recibe uno de %1</translation>
    </message>
    <message>
        <source>milepost: plan add-milestone needs --objective N or TITLE (plan objectives lists them)</source>
        <translation>milepost: plan add-milestone necesita --objective N o TÍTULO (plan objectives los enumera)</translation>
    </message>
    <message>
        <source>milepost: plan %1 needs a value to change (--title, --start, --end, --quarters)</source>
        <translation>milepost: plan %1 necesita un valor que cambiar (--title, --start, --end, --quarters)</translation>
    </message>
    <message>
        <source>milepost: plan set-objective-status needs --objective N or TITLE (plan objectives lists them)</source>
        <translation>milepost: plan set-objective-status necesita --objective N o TÍTULO (plan objectives los enumera)</translation>
    </message>
    <message>
        <source>milepost: plan set-objective-status needs --status WORD (or none) or --estimate DATE</source>
        <translation>milepost: plan set-objective-status necesita --status PALABRA (o none) o --estimate FECHA</translation>
    </message>
    <message>
        <source>milepost: %1</source>
        <translation>milepost: %1</translation>
    </message>
    <message>
        <source>the database %1 holds no plan yet</source>
        <translation>la base de datos %1 aún no tiene plan</translation>
    </message>
    <message>
        <source>objective %1 “%2”</source>
        <translation>objetivo %1 “%2”</translation>
    </message>
    <message>
        <source>milestone %1 “%2”</source>
        <translation>hito %1 “%2”</translation>
    </message>
    <message>
        <source>milepost: --expect-version %1 is not a version number</source>
        <translation>milepost: --expect-version %1 no es un número de versión</translation>
    </message>
    <message>
        <source>%1: nothing to record, the plan already says so (version %2)</source>
        <translation>%1: nada que registrar, el plan ya lo indica (versión %2)</translation>
    </message>
    <message>
        <source>milepost: nothing was recorded</source>
        <translation>milepost: no se registró nada</translation>
    </message>
    <message>
        <source>Added milestone %1 “%2” to %3 as of %4 (version %5)</source>
        <translation>Se agregó el hito %1 “%2” en el %3 al %4 (versión %5)</translation>
    </message>
    <message>
        <source>Recorded a plan edit of %1 as of %2 (version %3)</source>
        <translation>Se registró una edición del plan en el %1 al %2 (versión %3)</translation>
    </message>
    <message>
        <source>  %1: %2 → %3</source>
        <comment>field, old value, new value</comment>
        <translation>  %1: %2 → %3</translation>
    </message>
    <message>
        <source>  Note: %1</source>
        <translation>  Nota: %1</translation>
    </message>
    <message>
        <source>%1  %2  %3</source>
        <comment>number, phase, title</comment>
        <translation>%1  %2  %3</translation>
    </message>
    <message>
        <source> (1 milestone)</source>
        <translation> (1 hito)</translation>
    </message>
    <message>
        <source> (%1 milestones)</source>
        <translation> (%1 hitos)</translation>
    </message>
    <message>
        <source>, recorded %1</source>
        <translation>, registrado: %1</translation>
    </message>
    <message>
        <source>plan: the milestone&apos;s id (export --dataset milestones lists them).</source>
        <translation>plan: el id del hito (export --dataset milestones los enumera).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>plan: the objective&apos;s number (plan objectives lists them) or title.</source>
        <translation>plan: el número del objetivo (plan objectives los enumera) o su título.</translation>
    </message>
    <message>
        <source>objective</source>
        <translation>objetivo</translation>
    </message>
    <message>
        <source>plan: the milestone&apos;s title.</source>
        <translation>plan: el título del hito.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>plan: the planned start (a day, month, quarter, Ongoing or N/A).</source>
        <translation>plan: el inicio previsto (un día, mes, trimestre, Ongoing o N/A).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>plan: the planned end (a day, month, quarter, Ongoing or N/A).</source>
        <translation>plan: el fin previsto (un día, mes, trimestre, Ongoing o N/A).</translation>
    </message>
    <message>
        <source>plan: the quarters marked, e.g. &quot;Q3-22, Q4-22&quot; (empty: none).</source>
        <translation>plan: los trimestres marcados, p. ej. &quot;Q3-22, Q4-22&quot; (vacío: ninguno).</translation>
    </message>
    <message>
        <source>quarters</source>
        <translation>trimestres</translation>
    </message>
    <message>
        <source>plan: an objective&apos;s estimated completion (empty: none).</source>
        <translation>plan: la finalización estimada de un objetivo (vacío: ninguna).</translation>
    </message>
</context>
<context>
    <name>PlanCsvExporter</name>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Subtítulo</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Hito</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>Trimestres</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Objective text</source>
        <translation>Texto del objetivo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Estimated completion</source>
        <translation>Finalización estimada</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Narrativa</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>PlanDate</name>
    <message>
        <source>not a calendar date</source>
        <translation>no es una fecha del calendario</translation>
    </message>
    <message>
        <source>no such month</source>
        <translation>no existe ese mes</translation>
    </message>
    <message>
        <source>no such quarter</source>
        <translation>no existe ese trimestre</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>sin valor</translation>
    </message>
    <message>
        <source>%1 is not a day on the calendar</source>
        <translation>%1 no es un día del calendario</translation>
    </message>
    <message>
        <source>%1 is neither a date (M/D/YY, YYYY-MM-DD, Q2-22) nor Ongoing or N/A</source>
        <translation>%1 no es una fecha (M/D/YY, YYYY-MM-DD, Q2-22) ni Ongoing ni N/A</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Continuo</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mes</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>trimestre</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>continuo</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>no aplicable</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>no válida</translation>
    </message>
</context>
<context>
    <name>PlanEditField</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Inicio previsto</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Fin previsto</translation>
    </message>
    <message>
        <source>Quarters marked</source>
        <translation>Trimestres marcados</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Quitado</translation>
    </message>
    <message>
        <source>Objective status</source>
        <translation>Estado del objetivo</translation>
    </message>
    <message>
        <source>Estimated completion</source>
        <translation>Finalización estimada</translation>
    </message>
    <message>
        <source>a milestone needs a title</source>
        <translation>un hito necesita un título</translation>
    </message>
    <message>
        <source>%1 is empty: give a date, a month, a quarter, “Ongoing” or “N/A”</source>
        <translation>%1 está vacío: indique una fecha, un mes, un trimestre, «Ongoing» o «N/A»</translation>
    </message>
    <message>
        <source>%1 “%2” cannot be read: %3</source>
        <translation>%1 «%2» no se puede leer: %3</translation>
    </message>
    <message>
        <source>“%1” are not quarters: write them as Q3-22, Q4-22 or 2022-Q3 2022-Q4</source>
        <translation>«%1» no son trimestres: escríbalos como Q3-22, Q4-22 o 2022-Q3 2022-Q4</translation>
    </message>
    <message>
        <source>“%1” is neither yes nor no</source>
        <translation>«%1» no es ni sí ni no</translation>
    </message>
    <message>
        <source>“%1” is not a status; use one of %2</source>
        <translation>«%1» no es un estado; use uno de %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>not in the plan</source>
        <translation>no está en el plan</translation>
    </message>
    <message>
        <source>in the plan</source>
        <translation>en el plan</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
</context>
<context>
    <name>PlanEditRepository</name>
    <message>
        <source>the stored milestone %1 has an unreadable date</source>
        <translation>el hito guardado %1 tiene una fecha ilegible</translation>
    </message>
    <message>
        <source>a milestone needs a title</source>
        <translation>un hito necesita un título</translation>
    </message>
    <message>
        <source>a milestone needs a planned start and end</source>
        <translation>un hito necesita un inicio y un fin previstos</translation>
    </message>
    <message>
        <source>the planned end %1 is before the planned start %2</source>
        <translation>el fin previsto %1 es anterior al inicio previsto %2</translation>
    </message>
    <message>
        <source>%1 is not a field of %2</source>
        <translation>%1 no es un campo de %2</translation>
    </message>
    <message>
        <source>an objective</source>
        <translation>un objetivo</translation>
    </message>
    <message>
        <source>a milestone</source>
        <translation>un hito</translation>
    </message>
    <message>
        <source>a new milestone needs its %1</source>
        <translation>un hito nuevo necesita su %1</translation>
    </message>
    <message>
        <source>the edit names no milestone and no objective</source>
        <translation>la edición no indica ningún hito ni ningún objetivo</translation>
    </message>
    <message>
        <source>the edit needs an as-of date</source>
        <translation>la edición necesita una fecha de corte</translation>
    </message>
    <message>
        <source>the as-of date %1 is after today, %2</source>
        <translation>la fecha de corte %1 es posterior a hoy, %2</translation>
    </message>
    <message>
        <source>the edit does not say who entered it</source>
        <translation>la edición no indica quién la ingresó</translation>
    </message>
    <message>
        <source>the edit changes nothing</source>
        <translation>la edición no cambia nada</translation>
    </message>
    <message>
        <source>there is no milestone %1</source>
        <translation>no existe el hito %1</translation>
    </message>
    <message>
        <source>there is no objective “%1” in the plan %2</source>
        <translation>no hay ningún objetivo «%1» en el plan %2</translation>
    </message>
    <message>
        <source>the plan was edited by someone else since it was read (version %1, now %2); read it again and repeat the edit. Nothing was changed.</source>
        <translation>otra persona editó el plan después de que se leyó (versión %1, ahora %2); vuelva a leerlo y repita la edición. No se cambió nada.</translation>
    </message>
    <message>
        <source>as of %1, %2</source>
        <translation>al %1, %2</translation>
    </message>
    <message>
        <source>the plan was edited by someone else while this edit was saved; read it again and repeat the edit. Nothing was changed.</source>
        <translation>otra persona editó el plan mientras se guardaba esta edición; vuelva a leerlo y repita la edición. No se cambió nada.</translation>
    </message>
    <message>
        <source>Could not read the history of plan edits: %1</source>
        <translation>No se pudo leer el historial de ediciones del plan: %1</translation>
    </message>
    <message>
        <source>the journal holds an unknown field “%1”</source>
        <translation>el registro contiene un campo desconocido «%1»</translation>
    </message>
</context>
<context>
    <name>PlanEditUndoCommand</name>
    <message>
        <source>Undo: %1</source>
        <translation>Deshacer: %1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Rehacer: %1</translation>
    </message>
    <message>
        <source>“%1” could not be undone: %2</source>
        <translation>No se pudo deshacer «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” could not be redone: %2</source>
        <translation>No se pudo rehacer «%1»: %2</translation>
    </message>
</context>
<context>
    <name>PlanFigures</name>
    <message>
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
</context>
<context>
    <name>PlanImportHistory</name>
    <message>
        <source>Could not read the plan imports: %1</source>
        <translation>No se pudieron leer las importaciones del plan: %1</translation>
    </message>
    <message>
        <source>There is no plan import %1.</source>
        <translation>No existe la importación del plan %1.</translation>
    </message>
    <message>
        <source>The plan of this import is no longer stored: a later import of %1 replaced it, or it was removed.</source>
        <translation>El plan de esta importación ya no está guardado: una importación posterior de %1 lo reemplazó, o se quitó.</translation>
    </message>
    <message>
        <source>This plan was imported before Milepost kept a record of plan imports: whether it replaced an earlier edition is not known. Restore the backup taken before it instead (File › Restore Backup…).</source>
        <translation>Este plan se importó antes de que Milepost llevara un registro de las importaciones del plan: no se sabe si reemplazó una versión anterior. Restaure en su lugar el respaldo hecho antes de esa importación (Archivo › Restaurar respaldo…).</translation>
    </message>
    <message>
        <source>This import replaced an earlier edition of %1, which was not kept: removing it cannot bring that edition back. Import the earlier file again, or restore the backup taken before this import (File › Restore Backup…).</source>
        <translation>Esta importación reemplazó una versión anterior de %1, que no se conservó: quitarla no puede recuperar esa versión. Vuelva a importar el archivo anterior, o restaure el respaldo hecho antes de esta importación (Archivo › Restaurar respaldo…).</translation>
    </message>
    <message numerus="yes">
        <source>%n progress update(s)</source>
        <translation>
            <numerusform>%n actualización de avance</numerusform>
            <numerusform>%n actualizaciones de avance</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plan edit(s)</source>
        <translation>
            <numerusform>%n edición del plan</numerusform>
            <numerusform>%n ediciones del plan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n baseline(s)</source>
        <translation>
            <numerusform>%n línea base</numerusform>
            <numerusform>%n líneas base</numerusform>
        </translation>
    </message>
    <message>
        <source>People have recorded %1 on this plan&apos;s milestones: removing the plan would leave them without the milestones they belong to. Import a new edition of %2 instead; what is recorded stays with the milestones it keeps.</source>
        <translation>Hay registros en los hitos de este plan (%1): quitar el plan los dejaría sin los hitos a los que pertenecen. Importe en su lugar una nueva versión de %2; lo registrado se queda con los hitos que esa versión conserve.</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Before removing plan import %1</source>
        <translation>Antes de quitar la importación del plan %1</translation>
    </message>
    <message>
        <source>removal of plan import %1</source>
        <translation>eliminación de la importación del plan %1</translation>
    </message>
    <message>
        <source>Could not remove plan import %1: %2</source>
        <translation>No se pudo quitar la importación del plan %1: %2</translation>
    </message>
    <message>
        <source>Plan import %1 cannot be removed. %2</source>
        <translation>La importación del plan %1 no se puede quitar. %2</translation>
    </message>
</context>
<context>
    <name>PlanMergeText</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>%1: kept %2 (a person&apos;s edit); the new edition has %3 (was %4)</source>
        <translation>%1: se conservó %2 (edición de una persona); la nueva versión tiene %3 (antes %4)</translation>
    </message>
    <message>
        <source>objective “%1” → “%2” (alike %3%)</source>
        <translation>objetivo “%1” → “%2” (similitud %3 %)</translation>
    </message>
    <message>
        <source>“%1” → “%2” in %3 (alike %4%)</source>
        <translation>“%1” → “%2” en %3 (similitud %4 %)</translation>
    </message>
    <message>
        <source>Milestones in the new edition: %1 = %2 unchanged + %3 changed + %4 new + %5 back</source>
        <translation>Hitos en la nueva versión: %1 = %2 sin cambios + %3 cambiados + %4 nuevos + %5 de vuelta</translation>
    </message>
    <message>
        <source>Milestones in the stored edition: %1 = %2 unchanged + %3 changed + %4 removed</source>
        <translation>Hitos en la versión guardada: %1 = %2 sin cambios + %3 cambiados + %4 quitados</translation>
    </message>
</context>
<context>
    <name>PlanName</name>
    <message>
        <source>Untitled plan</source>
        <translation>Plan sin título</translation>
    </message>
</context>
<context>
    <name>PlanPlausibility</name>
    <message>
        <source>no milestones were found in it</source>
        <translation>no se encontraron hitos en él</translation>
    </message>
    <message>
        <source>it gave %1 findings for %2 milestones, which suggests it was not read as intended</source>
        <translation>dio %1 hallazgos para %2 hitos, lo que sugiere que no se leyó como se esperaba</translation>
    </message>
</context>
<context>
    <name>PlanReader</name>
    <message>
        <source>%1 has an IMPLEMENTATION PLAN heading but no table below it</source>
        <translation>%1 tiene un encabezado IMPLEMENTATION PLAN pero ninguna tabla debajo</translation>
    </message>
    <message>
        <source>A line inside the table of %1 is not a table row: %2</source>
        <translation>Una línea dentro de la tabla de %1 no es una fila de tabla: %2</translation>
    </message>
    <message>
        <source>Not a table row (no tab between the columns): %1</source>
        <translation>No es una fila de tabla (no hay tabulación entre las columnas): %1</translation>
    </message>
    <message>
        <source>%1 holds neither plan headings (“# ACT | Title”) nor a tab-separated milestone table</source>
        <translation>%1 no tiene encabezados de plan (“# ACT | Título”) ni una tabla de hitos separada por tabulaciones</translation>
    </message>
    <message>
        <source>%1 has no objectives</source>
        <translation>%1 no tiene objetivos</translation>
    </message>
</context>
<context>
    <name>PlanRepository</name>
    <message>
        <source>Could not save the plan: %1</source>
        <translation>No se pudo guardar el plan: %1</translation>
    </message>
    <message>
        <source>Before importing the plan from %1</source>
        <translation>Antes de importar el plan de %1</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Importación cancelada</translation>
    </message>
    <message>
        <source>Could not read the stored plan: %1</source>
        <translation>No se pudo leer el plan guardado: %1</translation>
    </message>
    <message>
        <source>The stored plan is damaged: %1</source>
        <translation>El plan guardado está dañado: %1</translation>
    </message>
    <message>
        <source>unknown phase “%1”</source>
        <translation>fase desconocida “%1”</translation>
    </message>
    <message>
        <source>unreadable date in milestone “%1”</source>
        <translation>fecha ilegible en el hito “%1”</translation>
    </message>
    <message>
        <source>unknown finding kind “%1”</source>
        <translation>tipo de hallazgo desconocido “%1”</translation>
    </message>
    <message>
        <source>import of the plan %1</source>
        <translation>importación del plan %1</translation>
    </message>
    <message>
        <source>plan import</source>
        <translation>importación del plan</translation>
    </message>
    <message>
        <source>New edition of the plan: %1</source>
        <translation>Nueva versión del plan: %1</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>plan</translation>
    </message>
</context>
<context>
    <name>ProfileCommand</name>
    <message>
        <source>  profile export NAME FILE [--db PATH]
      Write the built-in or saved import profile NAME to FILE (JSON; - for standard
      output), to share a mapping with colleagues.
  profile import FILE [--replace] [--db PATH]
      Save the profile in FILE in the database, for import --profile NAME; a saved profile
      of the same name is replaced only with --replace.
</source>
        <translation>  profile export NOMBRE ARCHIVO [--db RUTA]
      Escribe el perfil de importación integrado o guardado NOMBRE en ARCHIVO (JSON; - para la
      salida estándar), para compartir una asignación con colegas.
  profile import ARCHIVO [--replace] [--db RUTA]
      Guarda el perfil de ARCHIVO en la base de datos, para import --profile NOMBRE; un perfil
      guardado con el mismo nombre se reemplaza solo con --replace.
</translation>
    </message>
    <message>
        <source>milepost: profile takes export NAME FILE or import FILE; try “milepost --help”</source>
        <translation>milepost: profile recibe export NOMBRE ARCHIVO o import ARCHIVO; pruebe “milepost --help”</translation>
    </message>
    <message>
        <source>milepost: there is no profile “%1”</source>
        <translation>milepost: no existe el perfil “%1”</translation>
    </message>
    <message>
        <source>milepost: %1</source>
        <translation>milepost: %1</translation>
    </message>
    <message>
        <source>Wrote the profile “%1” (%2) to %3.</source>
        <translation>Se escribió el perfil “%1” (%2) en %3.</translation>
    </message>
    <message>
        <source>The profile “%1” is already saved as %2 has it; nothing changed.</source>
        <translation>El perfil “%1” ya está guardado tal como lo tiene %2; no cambió nada.</translation>
    </message>
    <message>
        <source>milepost: a different profile “%1” is already saved; nothing changed. Use --replace to replace it with the one in %2.</source>
        <translation>milepost: ya hay guardado un perfil “%1” distinto; no cambió nada. Use --replace para reemplazarlo con el de %2.</translation>
    </message>
    <message>
        <source>Saved the profile “%1” (%2) from %3%4; milepost import --profile &quot;%1&quot; uses it.</source>
        <translation>Se guardó el perfil “%1” (%2) de %3%4; milepost import --profile &quot;%1&quot; lo usa.</translation>
    </message>
    <message>
        <source>, replacing the one saved before</source>
        <translation>, y reemplazó el guardado antes</translation>
    </message>
    <message>
        <source>profile import: replace a saved profile of the same name.</source>
        <translation>profile import: reemplaza un perfil guardado con el mismo nombre.</translation>
    </message>
</context>
<context>
    <name>ProfileEdits</name>
    <message>
        <source>%1, not “%2”</source>
        <translation>%1, no “%2”</translation>
    </message>
    <message>
        <source>%1 has no field “%2”; its fields are %3</source>
        <translation>%1 no tiene el campo “%2”; sus campos son %3</translation>
    </message>
    <message>
        <source>a value is given as FIELD=TEXT, such as period=2019-20</source>
        <translation>un valor se indica como CAMPO=TEXTO, como period=2019-20</translation>
    </message>
    <message>
        <source>a column is given as FIELD=COLUMN, such as count=Enrollment</source>
        <translation>una columna se indica como CAMPO=COLUMNA, como count=Enrollment</translation>
    </message>
    <message>
        <source>a part of a column is given as FIELD=COLUMN:PATTERN, such as local_district=School Code:^(\d\d)</source>
        <translation>una parte de una columna se indica como CAMPO=COLUMNA:PATRÓN, como local_district=School Code:^(\d\d)</translation>
    </message>
    <message>
        <source>“%1” is not a regular expression: %2</source>
        <translation>“%1” no es una expresión regular: %2</translation>
    </message>
    <message>
        <source>a unit is given as FIELD=thousands, such as budget=thousands</source>
        <translation>una unidad se indica como CAMPO=thousands, como budget=thousands</translation>
    </message>
    <message>
        <source>“%1” is not a unit; use ones, thousands or millions</source>
        <translation>“%1” no es una unidad; use ones, thousands o millions</translation>
    </message>
    <message>
        <source>%1 is not an amount; only amounts have a unit</source>
        <translation>%1 no es un importe; solo los importes tienen unidad</translation>
    </message>
    <message>
        <source>a value map is given as FIELD:FROM=TO, such as employee_group:Teachers=certificated</source>
        <translation>una tabla de valores se indica como CAMPO:DE=A, como employee_group:Teachers=certificated</translation>
    </message>
    <message>
        <source>wide columns are given as FIELD=PATTERN or FIELD:VALUE_FIELD=PATTERN, such as grade:count=Grade (.+)</source>
        <translation>las columnas anchas se indican como CAMPO=PATRÓN o CAMPO:CAMPO_VALOR=PATRÓN, como grade:count=Grade (.+)</translation>
    </message>
    <message>
        <source>%1 has no field “%2”</source>
        <translation>%1 no tiene el campo “%2”</translation>
    </message>
    <message>
        <source>%1 has several number fields; say which the cells give: FIELD:VALUE_FIELD=PATTERN</source>
        <translation>%1 tiene varios campos numéricos; indique cuál dan las celdas: CAMPO:CAMPO_VALOR=PATRÓN</translation>
    </message>
    <message>
        <source>%1 has no number field; say which the cells give: FIELD:VALUE_FIELD=PATTERN</source>
        <translation>%1 no tiene campo numérico; indique cuál dan las celdas: CAMPO:CAMPO_VALOR=PATRÓN</translation>
    </message>
    <message>
        <source>%1 for %2: no column of the file is read as %2; map one with --map %3=COLUMN</source>
        <translation>%1 para %2: ninguna columna del archivo se lee como %2; asigne una con --map %3=COLUMNA</translation>
    </message>
    <message>
        <source>a unit</source>
        <translation>una unidad</translation>
    </message>
    <message>
        <source>a value map</source>
        <translation>una tabla de valores</translation>
    </message>
</context>
<context>
    <name>ProfileFile</name>
    <message>
        <source>it is not JSON: %1 at byte %2</source>
        <translation>no es JSON: %1 en el byte %2</translation>
    </message>
    <message>
        <source>it is not a Milepost import profile</source>
        <translation>no es un perfil de importación de Milepost</translation>
    </message>
    <message>
        <source>it was written by another version of Milepost (format %1; this one reads %2)</source>
        <translation>se escribió con otra versión de Milepost (formato %1; esta lee %2)</translation>
    </message>
    <message>
        <source>the profile has no name</source>
        <translation>el perfil no tiene nombre</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>no se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be an import profile</source>
        <translation>%1 es demasiado grande para ser un perfil de importación</translation>
    </message>
    <message>
        <source>%1 cannot be read as an import profile: %2</source>
        <translation>%1 no se puede leer como perfil de importación: %2</translation>
    </message>
</context>
<context>
    <name>ProfileRepository</name>
    <message>
        <source>A profile needs a name.</source>
        <translation>Un perfil necesita un nombre.</translation>
    </message>
    <message>
        <source>“%1” is the name of a built-in profile; choose another.</source>
        <translation>“%1” es el nombre de un perfil integrado; elija otro.</translation>
    </message>
    <message>
        <source>The profile cannot be saved: %1</source>
        <translation>No se puede guardar el perfil: %1</translation>
    </message>
    <message>
        <source>Could not save the profile “%1”: %2</source>
        <translation>No se pudo guardar el perfil “%1”: %2</translation>
    </message>
    <message>
        <source>Could not delete the profile “%1”: %2</source>
        <translation>No se pudo eliminar el perfil “%1”: %2</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <source>Some saved profiles cannot be read: %1</source>
        <translation>Algunos perfiles guardados no se pueden leer: %1</translation>
    </message>
</context>
<context>
    <name>ProgressDisplay</name>
    <message>
        <source>%1 · %2 d past end</source>
        <comment>recorded status, days since the planned end</comment>
        <translation>%1 · %2 d tras el fin</translation>
    </message>
    <message>
        <source>%1 · %2 d past start</source>
        <comment>recorded status, days since the planned start</comment>
        <translation>%1 · %2 d tras el inicio</translation>
    </message>
    <message>
        <source>%1 · %2 d late</source>
        <comment>recorded status, days after the planned end</comment>
        <translation>%1 · %2 d de retraso</translation>
    </message>
    <message>
        <source>Nothing is recorded for this milestone as of this date: the status is computed from its dates.</source>
        <translation>No hay nada registrado para este hito a esta fecha: el estado se calcula a partir de sus fechas.</translation>
    </message>
    <message>
        <source>Schedule: %1</source>
        <translation>Calendario: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Note (%1): %2</source>
        <translation>Nota (%1): %2</translation>
    </message>
</context>
<context>
    <name>ProgressField</name>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Percent complete</source>
        <translation>Porcentaje completado</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>Inicio real</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>Fin real</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>“%1” is not a status; use one of %2</source>
        <translation>“%1” no es un estado; use uno de %2</translation>
    </message>
    <message>
        <source>“%1” is not a percent complete: give a whole number from 0 to 100</source>
        <translation>“%1” no es un porcentaje completado: indique un número entero de 0 a 100</translation>
    </message>
    <message>
        <source>%1 “%2” is not a day (use YYYY-MM-DD)</source>
        <translation>%1 “%2” no es un día (use AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>percent complete</comment>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>ProgressHtml</name>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Nothing recorded as of %1; computed from dates: %2</source>
        <translation>Nada registrado al %1; calculado a partir de las fechas: %2</translation>
    </message>
    <message>
        <source>recorded as of %1</source>
        <translation>registrado al %1</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Latest note</source>
        <translation>Última nota</translation>
    </message>
    <message>
        <source>%1 &lt;small&gt;(%2)&lt;/small&gt;</source>
        <translation>%1 &lt;small&gt;(%2)&lt;/small&gt;</translation>
    </message>
    <message>
        <source>1 update</source>
        <translation>1 actualización</translation>
    </message>
    <message>
        <source>%1 updates</source>
        <translation>%1 actualizaciones</translation>
    </message>
    <message>
        <source>1 status change</source>
        <translation>1 cambio de estado</translation>
    </message>
    <message>
        <source>%1 status changes</source>
        <translation>%1 cambios de estado</translation>
    </message>
    <message>
        <source>%1 on %2: %3, %4 completed</source>
        <comment>updates, milestones, status changes, completions</comment>
        <translation>%1 en %2: %3, %4 completados</translation>
    </message>
    <message>
        <source>No progress recorded yet.</source>
        <translation>Aún no se ha registrado avance.</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Al %1</translation>
    </message>
    <message>
        <source>by %1, entered %2 · version %3</source>
        <translation>por %1, ingresado %2 · versión %3</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <comment>old value, new value</comment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>ProgressRepository</name>
    <message>
        <source>the journal holds an unknown field “%1”</source>
        <translation>el registro contiene un campo desconocido “%1”</translation>
    </message>
    <message>
        <source>there is no milestone %1</source>
        <translation>no existe el hito %1</translation>
    </message>
    <message>
        <source>the update needs an as-of date</source>
        <translation>la actualización necesita una fecha de corte</translation>
    </message>
    <message>
        <source>the as-of date %1 is after today, %2</source>
        <translation>la fecha de corte %1 es posterior a hoy, %2</translation>
    </message>
    <message>
        <source>the update does not say who entered it</source>
        <translation>la actualización no dice quién la ingresó</translation>
    </message>
    <message>
        <source>the update gives no value and no note</source>
        <translation>la actualización no da ningún valor ni nota</translation>
    </message>
    <message>
        <source>milestone %1 (“%2”) is no longer in the plan; its history is kept</source>
        <translation>el hito %1 (“%2”) ya no está en el plan; se conserva su historial</translation>
    </message>
    <message>
        <source>milestone %1 was updated by someone else since it was read (version %2, now %3); read it again and repeat the update. Nothing was changed.</source>
        <translation>otra persona actualizó el hito %1 después de leerlo (versión %2, ahora %3); vuelva a leerlo y repita la actualización. No se cambió nada.</translation>
    </message>
    <message>
        <source>as of %1, %2</source>
        <translation>al %1, %2</translation>
    </message>
    <message>
        <source>milestone %1 was updated by someone else while this update was saved; read it again and repeat the update. Nothing was changed.</source>
        <translation>otra persona actualizó el hito %1 mientras se guardaba esta actualización; vuelva a leerlo y repita la actualización. No se cambió nada.</translation>
    </message>
    <message>
        <source>Could not read the history of updates: %1</source>
        <translation>No se pudo leer el historial de actualizaciones: %1</translation>
    </message>
</context>
<context>
    <name>ProgressSheetCommand</name>
    <message>
        <source>milepost: %1</source>
        <translation>milepost: %1</translation>
    </message>
    <message>
        <source>Exported an update sheet of %1 milestones to %2</source>
        <translation>Se exportó una hoja de actualización de %1 hitos a %2</translation>
    </message>
    <message>
        <source>Exported an update sheet of %1 milestones owned by %2 to %3</source>
        <translation>Se exportó una hoja de actualización de %1 hitos a cargo de %2 a %3</translation>
    </message>
    <message>
        <source>milepost: import --dataset progress needs --by NAME: the login name is not known</source>
        <translation>milepost: import --dataset progress necesita --by NOMBRE: no se conoce el nombre de usuario</translation>
    </message>
    <message>
        <source>Read %1 rows from %2: %3 stored, %4 unchanged, %5 rejected, %6 blank</source>
        <translation>Se leyeron %1 filas de %2: %3 guardadas, %4 sin cambios, %5 rechazadas, %6 en blanco</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>línea %1, columna %2: %3</translation>
    </message>
    <message>
        <source>milepost: --map for a progress sheet takes SHEET_COLUMN=FILE_COLUMN, such as id=&quot;Milestone ID&quot;; the sheet&apos;s columns are %1</source>
        <translation>milepost: --map para una hoja de avance recibe COLUMNA_DE_LA_HOJA=COLUMNA_DEL_ARCHIVO, como id=&quot;Milestone ID&quot;; las columnas de la hoja son %1</translation>
    </message>
    <message>
        <source>milepost: a progress sheet&apos;s dates are read one way: give one --date-format</source>
        <translation>milepost: las fechas de una hoja de avance se leen de una sola manera: indique un solo --date-format</translation>
    </message>
    <message>
        <source>milepost: nothing was stored: %1. Import it again with --date-format D/M/YYYY or --date-format M/D/YYYY.</source>
        <translation>milepost: no se guardó nada: %1. Impórtela de nuevo con --date-format D/M/YYYY o --date-format M/D/YYYY.</translation>
    </message>
    <message>
        <source>  export --dataset progress-template [--owner NAME] [--office NAME] --csv PATH [--db PATH]
      Write an update sheet: each milestone (of one owner or one office) with its stable
      id, the values recorded now and empty columns to fill in (Status, Percent, Actual
      start, Actual end, Owner, Office, Note, As of).
  import --dataset progress FILE [--by NAME] [--map COLUMN=NAME] [--date-format FORMAT] --db PATH
      Read a filled-in update sheet back: every row stored, unchanged, rejected with
      line, column and reason, or blank; the rows taken are stored in one transaction.
      Its encoding and delimiter are detected, and its dates read one way: day or month
      first as its dates show, or as --date-format says (D/M/YYYY). --map names a
      column the sheet calls otherwise (--map id=&quot;Milestone ID&quot;).
</source>
        <translation>  export --dataset progress-template [--owner NOMBRE] [--office NOMBRE] --csv RUTA [--db RUTA]
      Escribe una hoja de actualización: cada hito (de un responsable o de una oficina) con su
      id estable, los valores registrados ahora y columnas vacías para llenar (Status, Percent,
      Actual start, Actual end, Owner, Office, Note, As of).
  import --dataset progress ARCHIVO [--by NOMBRE] [--map COLUMNA=NOMBRE] [--date-format FORMATO] --db RUTA
      Lee una hoja de actualización llenada: cada fila guardada, sin cambios, rechazada con
      línea, columna y motivo, o en blanco; las filas tomadas se guardan en una sola transacción.
      Se detectan su codificación y su delimitador, y sus fechas se leen de una sola manera:
      día o mes primero según muestran sus fechas, o como indica --date-format (D/M/YYYY).
      --map nombra una columna que la hoja llama de otro modo (--map id=&quot;Milestone ID&quot;).
</translation>
    </message>
    <message>
        <source>Exported an update sheet of %1 milestones owned by %2 in %3 to %4</source>
        <translation>Se exportó una hoja de actualización de %1 hitos a cargo de %2 en %3 a %4</translation>
    </message>
    <message>
        <source>Exported an update sheet of %1 milestones of the office %2 to %3</source>
        <translation>Se exportó una hoja de actualización de %1 hitos de la oficina %2 a %3</translation>
    </message>
</context>
<context>
    <name>ProgressSheetImporter</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 está vacío</translation>
    </message>
    <message>
        <source>%1 has no column named “%2”: it is not a progress update sheet</source>
        <translation>%1 no tiene una columna llamada “%2”: no es una hoja de actualización de avance</translation>
    </message>
    <message>
        <source>“%1” is not a milestone id</source>
        <translation>“%1” no es un id de hito</translation>
    </message>
    <message>
        <source>milestone %1 is no longer in the plan</source>
        <translation>el hito %1 ya no está en el plan</translation>
    </message>
    <message>
        <source>milestone %1 is already updated on line %2</source>
        <translation>el hito %1 ya se actualiza en la línea %2</translation>
    </message>
    <message>
        <source>the as-of date %1 is after today, %2</source>
        <translation>la fecha de corte %1 es posterior a hoy, %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>nothing was stored: %1</source>
        <translation>no se guardó nada: %1</translation>
    </message>
    <message>
        <source>the store failed</source>
        <translation>falló el guardado</translation>
    </message>
    <message>
        <source>as chosen</source>
        <translation>según lo elegido</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>%1 has no column named “%2” (for %3)</source>
        <translation>%1 no tiene una columna llamada «%2» (para %3)</translation>
    </message>
    <message>
        <source>the date format %1 cannot be used: %2</source>
        <translation>no se puede usar el formato de fecha %1: %2</translation>
    </message>
    <message>
        <source>line %1 has %2, which %3 cannot read: the sheet writes its dates %4</source>
        <translation>la línea %1 tiene %2, que %3 no puede leer: la hoja escribe sus fechas %4</translation>
    </message>
    <message>
        <source>day first</source>
        <translation>con el día primero</translation>
    </message>
    <message>
        <source>month first</source>
        <translation>con el mes primero</translation>
    </message>
    <message>
        <source>Dates: %1, as given</source>
        <translation>Fechas: %1, según lo indicado</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>every date in the sheet reads both ways (the 12th or earlier): say whether the day or the month comes first (D/M/YYYY or M/D/YYYY)</source>
        <translation>cada fecha de la hoja se lee de las dos maneras (día 12 o anterior): indique si va primero el día o el mes (D/M/YYYY o M/D/YYYY)</translation>
    </message>
    <message>
        <source>%1 “%2” is not a day as %3 reads it: %4</source>
        <translation>%1 «%2» no es un día tal como lo lee %3: %4</translation>
    </message>
    <message>
        <source>the as-of date “%1” is not a day</source>
        <translation>la fecha de corte «%1» no es un día</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>ProgressState</name>
    <message>
        <source>the actual end %1 is before the actual start %2</source>
        <translation>el fin real %1 es anterior al inicio real %2</translation>
    </message>
</context>
<context>
    <name>ProgressStatus</name>
    <message>
        <source>Not started</source>
        <translation>Sin iniciar</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>A tiempo</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>Desviado</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Aplazado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
</context>
<context>
    <name>ProgressTemplateExporter</name>
    <message>
        <source>the database holds no plan yet</source>
        <translation>la base de datos aún no tiene plan</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>ProgressUndoCommand</name>
    <message>
        <source>Undo: %1</source>
        <translation>Deshacer: %1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Rehacer: %1</translation>
    </message>
    <message>
        <source>“%1” could not be undone: %2</source>
        <translation>No se pudo deshacer “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” could not be redone: %2</source>
        <translation>No se pudo rehacer “%1”: %2</translation>
    </message>
</context>
<context>
    <name>QuarterCalendar</name>
    <message>
        <source>FY%1</source>
        <comment>fiscal year, two digits</comment>
        <translation>AF%1</translation>
    </message>
    <message>
        <source>%1 Q%2</source>
        <comment>year, quarter number</comment>
        <translation>T%2 %1</translation>
    </message>
</context>
<context>
    <name>QuarterTimeScale</name>
    <message>
        <source>%1 · %2 %3 – %4 %5</source>
        <comment>fiscal year, first month and year, last month and year</comment>
        <translation>%1 · %2 %3 – %4 %5</translation>
    </message>
    <message>
        <source>’%1</source>
        <comment>two-digit year</comment>
        <translation>’%1</translation>
    </message>
    <message>
        <source>%1 · %2–%3 %4</source>
        <comment>fiscal quarter, first month, last month, year of the last month</comment>
        <translation>%1 · %2–%3 %4</translation>
    </message>
    <message>
        <source>Q%1</source>
        <comment>quarter number alone</comment>
        <translation>T%1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month name, year</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month name, day</comment>
        <translation>%2 %1</translation>
    </message>
</context>
<context>
    <name>QuotedValue</name>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>“%1…” (%2 characters)</source>
        <translation>“%1…” (%2 caracteres)</translation>
    </message>
</context>
<context>
    <name>RecordBulkWriter</name>
    <message>
        <source>more rows than one import can hold</source>
        <translation>más filas de las que admite una importación</translation>
    </message>
</context>
<context>
    <name>ReportChangesSection</name>
    <message>
        <source>Changes since %1 up to %2</source>
        <translation>Cambios desde el %1 hasta el %2</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Hito</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Qué cambió</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <comment>milestone, objective</comment>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>note (who)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>group, count</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (continuación)</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>milepost: report takes no FILE; give the output with --pdf PATH</source>
        <translation>milepost: report no recibe ARCHIVO; indique la salida con --pdf RUTA</translation>
    </message>
    <message>
        <source>milepost: report needs --pdf PATH (- for standard output)</source>
        <translation>milepost: report necesita --pdf RUTA (- para la salida estándar)</translation>
    </message>
    <message>
        <source>milepost: --since %1 is not before the as-of date %2</source>
        <translation>milepost: --since %1 no es anterior a la fecha de corte %2</translation>
    </message>
    <message>
        <source>milepost: --filter %1</source>
        <translation>milepost: --filter %1</translation>
    </message>
    <message>
        <source>milepost: --paper %1 is not letter, legal, tabloid, a4 or a3</source>
        <translation>milepost: --paper %1 no es letter, legal, tabloid, a4 ni a3</translation>
    </message>
    <message>
        <source>milepost: %1</source>
        <translation>milepost: %1</translation>
    </message>
    <message>
        <source>the database %1 holds no plan yet</source>
        <translation>la base de datos %1 aún no tiene plan</translation>
    </message>
    <message>
        <source>Wrote %1 pages to %2: %3 milestones as of %4</source>
        <translation>Se escribieron %1 páginas en %2: %3 hitos al %4</translation>
    </message>
    <message>
        <source>report: write the PDF file &lt;path&gt; (- for standard output).</source>
        <translation>report: escribe el archivo PDF &lt;ruta&gt; (- para la salida estándar).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>ruta</translation>
    </message>
    <message>
        <source>report: the status date, YYYY-MM-DD (default: today).</source>
        <translation>report: la fecha del estado, AAAA-MM-DD (predeterminado: hoy).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>report: show only KEY=VALUE, e.g. phase=act, status=overdue, search=words, from=DATE, to=DATE; repeatable.</source>
        <translation>report: muestra solo CLAVE=VALOR, p. ej. phase=act, status=overdue, search=palabras, from=FECHA, to=FECHA; se puede repetir.</translation>
    </message>
    <message>
        <source>key=value</source>
        <translation>clave=valor</translation>
    </message>
    <message>
        <source>report: letter, legal, tabloid, a4 or a3 (default: letter).</source>
        <translation>report: letter, legal, tabloid, a4 o a3 (predeterminado: letter).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>report: portrait pages (default: landscape).</source>
        <translation>report: páginas verticales (predeterminado: horizontales).</translation>
    </message>
    <message>
        <source>report: fit the timeline to the page width instead of tiling it across pages.</source>
        <translation>report: ajusta el cronograma al ancho de la página en lugar de repartirlo en varias páginas.</translation>
    </message>
    <message>
        <source>report: print in greyscale.</source>
        <translation>report: imprime en escala de grises.</translation>
    </message>
    <message>
        <source>report: the timeline from the plan&apos;s first date to its last, not only the quarters its tables mark.</source>
        <translation>report: el cronograma desde la primera fecha del plan hasta la última, no solo los trimestres que marcan sus tablas.</translation>
    </message>
    <message>
        <source>  report --pdf PATH [--as-of DATE] [--since DATE] [--filter KEY=VALUE ...] [--db PATH]
      Write the milestone report (title page with key figures, milestones by objective,
      with --since what changed after that day up to the as-of date, the timeline
      across as many pages as it needs) as a PDF. Filters:
      %1.
      Also --paper letter|legal|tabloid|a4|a3, --portrait, --fit-width, --greyscale,
      --language en|es (the report&apos;s language; default: the system&apos;s).
      The timeline covers the quarters the plan marks (--all-dates: every date).
      Needs no display.
</source>
        <translation>  report --pdf RUTA [--as-of FECHA] [--since FECHA] [--filter CLAVE=VALOR ...] [--db RUTA]
      Escribe el informe de hitos (portada con cifras clave, hitos por objetivo, con --since
      lo que cambió después de ese día hasta la fecha de corte, y el cronograma en tantas
      páginas como necesite) como PDF. Filtros:
      %1.
      También --paper letter|legal|tabloid|a4|a3, --portrait, --fit-width, --greyscale,
      --language en|es (el idioma del informe; predeterminado: el del sistema).
      El cronograma abarca los trimestres que marca el plan (--all-dates: todas las fechas).
      No necesita pantalla.
</translation>
    </message>
    <message>
        <source>milepost: --language %1 is not one of %2</source>
        <translation>milepost: --language %1 no es uno de %2</translation>
    </message>
    <message>
        <source>milepost: the %1 translation could not be loaded</source>
        <translation>milepost: no se pudo cargar la traducción %1</translation>
    </message>
    <message>
        <source>report: the report&apos;s language, en or es (default: the system&apos;s).</source>
        <translation>report: el idioma del informe, en o es (predeterminado: el del sistema).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>      --baseline NAME: the end dates say how many days they slipped against that
      baseline (Imported: the dates as first imported).
</source>
        <translation>      --baseline NOMBRE: las fechas de fin indican cuántos días se retrasaron respecto de esa
      línea base (Imported: las fechas tal como se importaron por primera vez).
</translation>
    </message>
    <message>
        <source>milepost: --sections: %1</source>
        <translation>milepost: --sections: %1</translation>
    </message>
    <message>
        <source>milepost: the plan has no baseline named “%1”</source>
        <translation>milepost: el plan no tiene ninguna línea base llamada «%1»</translation>
    </message>
    <message>
        <source>Wrote a board pack of %1 pages to %2: %3 as of %4</source>
        <translation>Se escribió una carpeta para la Junta de %1 páginas en %2: %3 al %4</translation>
    </message>
    <message>
        <source>report: say how many days each milestone slipped against the baseline &lt;name&gt; (Imported: the dates as first imported).</source>
        <translation>report: indica cuántos días se retrasó cada hito frente a la línea base &lt;nombre&gt; (Imported: las fechas tal como se importaron por primera vez).</translation>
    </message>
    <message>
        <source>report: a board pack of these sections, in this order, behind a contents page: plan, milestones, timeline, staffing, enrollment, capital.</source>
        <translation>report: una carpeta para la Junta con estas secciones, en este orden, tras una página de contenido: plan, milestones, timeline, staffing, enrollment, capital.</translation>
    </message>
    <message>
        <source>list</source>
        <translation>lista</translation>
    </message>
    <message>
        <source>  report --pdf PATH --sections %1 [...]
      A board pack instead: those parts, in the order given, behind one contents page and
      one page numbering; the dashboard&apos;s pages with their key figures and charts, counted
      under --local-district, --board-district, --school and --source as `figures` counts them.
</source>
        <translation>  report --pdf RUTA --sections %1 [...]
      En su lugar, una carpeta para la Junta: esas partes, en el orden indicado, tras una sola
      página de contenido y con una sola numeración de páginas; las páginas del tablero con sus
      cifras clave y gráficos, contadas según --local-district, --board-district, --school y
      --source como las cuenta `figures`.
</translation>
    </message>
    <message>
        <source>      --drill FIGURE,...: after its page, the rows of each key figure named, as the
      window prints the figure drilled into; one figure a page. The figures:
      %1.
</source>
        <translation>      --drill CIFRA,...: tras su página, las filas de cada cifra clave nombrada, como la
      ventana imprime la cifra consultada en detalle; una cifra por página. Las cifras:
      %1.
</translation>
    </message>
    <message>
        <source>milepost: --drill needs --sections: the rows follow their dashboard page</source>
        <translation>milepost: --drill necesita --sections: las filas siguen a su página del tablero</translation>
    </message>
    <message>
        <source>milepost: --drill: %1</source>
        <translation>milepost: --drill: %1</translation>
    </message>
    <message>
        <source>report: with --sections, the rows of these key figures after their pages, as the window&apos;s board pack prints the figure drilled into: e.g. staffing.vacancies,capital.late; repeatable.</source>
        <translation>report: con --sections, las filas de estas cifras clave tras sus páginas, como la carpeta para la Junta de la ventana imprime la cifra consultada en detalle: p. ej. staffing.vacancies,capital.late; se puede repetir.</translation>
    </message>
    <message>
        <source>figures</source>
        <translation>cifras</translation>
    </message>
</context>
<context>
    <name>ReportFilter</name>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>“%1” is not KEY=VALUE; the keys are %2</source>
        <translation>“%1” no es CLAVE=VALOR; las claves son %2</translation>
    </message>
    <message>
        <source>the filter %1 has no value</source>
        <translation>el filtro %1 no tiene valor</translation>
    </message>
    <message>
        <source>“%1” is not a phase; the phases are learn, assess, communicate and act</source>
        <translation>“%1” no es una fase; las fases son learn, assess, communicate y act</translation>
    </message>
    <message>
        <source>“%1” is not a milestone status; the statuses are %2</source>
        <translation>“%1” no es un estado de hito; los estados son %2</translation>
    </message>
    <message>
        <source>“%1” is not an objective status; the statuses are %2</source>
        <translation>“%1” no es un estado de objetivo; los estados son %2</translation>
    </message>
    <message>
        <source>%1=%2 is not a day (use YYYY-MM-DD)</source>
        <translation>%1=%2 no es un día (use AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>the filter&apos;s to date %1 is before its from date %2</source>
        <translation>la fecha to %1 del filtro es anterior a su fecha from %2</translation>
    </message>
    <message>
        <source>unknown filter “%1”; the keys are %2</source>
        <translation>filtro desconocido “%1”; las claves son %2</translation>
    </message>
    <message>
        <source>Phase: %1</source>
        <translation>Fase: %1</translation>
    </message>
    <message>
        <source>Objective status: %1</source>
        <translation>Estado del objetivo: %1</translation>
    </message>
    <message>
        <source>Milestone status: %1</source>
        <translation>Estado del hito: %1</translation>
    </message>
    <message>
        <source>Search: “%1”</source>
        <translation>Búsqueda: “%1”</translation>
    </message>
    <message>
        <source>Dates reaching into %1 – %2</source>
        <translation>Fechas que llegan a %1 – %2</translation>
    </message>
    <message>
        <source>Dates reaching %1 or later</source>
        <translation>Fechas que llegan a %1 o después</translation>
    </message>
    <message>
        <source>Dates reaching %1 or earlier</source>
        <translation>Fechas que llegan a %1 o antes</translation>
    </message>
</context>
<context>
    <name>ReportPageOptions</name>
    <message>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Carta (8.5 × 11 pulg.)</translation>
    </message>
    <message>
        <source>Legal (8.5 × 14 in)</source>
        <translation>Oficio (8.5 × 14 pulg.)</translation>
    </message>
    <message>
        <source>Tabloid (11 × 17 in)</source>
        <translation>Tabloide (11 × 17 pulg.)</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>A3 (297 × 420 mm)</source>
        <translation>A3 (297 × 420 mm)</translation>
    </message>
</context>
<context>
    <name>ReportPrinter</name>
    <message>
        <source>the printer or file could not be opened for painting</source>
        <translation>no se pudo abrir la impresora o el archivo para dibujar</translation>
    </message>
    <message>
        <source>page %1 could not be started</source>
        <translation>no se pudo comenzar la página %1</translation>
    </message>
    <message>
        <source>the pages could not be finished</source>
        <translation>no se pudieron terminar las páginas</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>ReportTableSection</name>
    <message>
        <source>%1 (computed)</source>
        <comment>date rule&apos;s state</comment>
        <translation>%1 (calculado)</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Hito</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Quarters marked</source>
        <translation>Trimestres marcados</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Objective status: not stated</source>
        <translation>Estado del objetivo: no indicado</translation>
    </message>
    <message>
        <source>Objective status: %1</source>
        <translation>Estado del objetivo: %1</translation>
    </message>
    <message>
        <source>no milestones</source>
        <translation>sin hitos</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (continuación)</translation>
    </message>
    <message numerus="yes">
        <source>%1
slipped %n day(s)</source>
        <comment>against the baseline</comment>
        <translation>
            <numerusform>%1
se retrasó %n día</numerusform>
            <numerusform>%1
se retrasó %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1
%n day(s) earlier</source>
        <comment>than the baseline</comment>
        <translation>
            <numerusform>%1
%n día antes</numerusform>
            <numerusform>%1
%n días antes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportTimelineSection</name>
    <message>
        <source>Rows %1–%2 of %3 · %4 – %5</source>
        <translation>Filas %1–%2 de %3 · %4 – %5</translation>
    </message>
    <message>
        <source> · part %1 of %2 across</source>
        <translation> · parte %1 de %2 a lo ancho</translation>
    </message>
    <message>
        <source>Phase, objective, milestone</source>
        <translation>Fase, objetivo, hito</translation>
    </message>
    <message>
        <source>continued: %1</source>
        <translation>continuación: %1</translation>
    </message>
</context>
<context>
    <name>RowParser</name>
    <message>
        <source>the file has no column “%1” (for %2)</source>
        <translation>el archivo no tiene la columna “%1” (para %2)</translation>
    </message>
    <message>
        <source>the file has several columns named “%1”; choose which one holds %2</source>
        <translation>el archivo tiene varias columnas llamadas “%1”; elija cuál contiene %2</translation>
    </message>
    <message>
        <source>“%1” cannot stand for “%2” in %3: %4</source>
        <translation>“%1” no puede representar “%2” en %3: %4</translation>
    </message>
    <message>
        <source>the value “%1” for %2 cannot be used: %3</source>
        <translation>no se puede usar el valor “%1” para %2: %3</translation>
    </message>
    <message>
        <source>the column “%1” is mapped to %2 and also matches the wide columns’ pattern “%3”</source>
        <translation>la columna “%1” está asignada a %2 y además coincide con el patrón de las columnas anchas “%3”</translation>
    </message>
    <message>
        <source>the column “%1” does not give a %2: %3</source>
        <translation>la columna “%1” no da el campo %2: %3</translation>
    </message>
    <message>
        <source>the pattern&apos;s group took nothing from it</source>
        <translation>el grupo del patrón no tomó nada de ella</translation>
    </message>
    <message>
        <source>no column&apos;s name matches the wide columns’ pattern “%1”</source>
        <translation>ningún nombre de columna coincide con el patrón de las columnas anchas “%1”</translation>
    </message>
    <message>
        <source>“%1” can only be %2, written %3 (%4); the column is read %5 (%6)</source>
        <translation>“%1” solo puede ser %2, escrito %3 (%4); la columna se lee %5 (%6)</translation>
    </message>
    <message>
        <source>“%1” does not match the pattern “%2” that takes %3 from it</source>
        <translation>“%1” no coincide con el patrón “%2” que toma %3 de él</translation>
    </message>
    <message>
        <source>%1 is empty; every row needs it</source>
        <translation>%1 está vacío; toda fila lo necesita</translation>
    </message>
    <message>
        <source>“%1” marks %2 as not applicable, but every row needs it</source>
        <translation>“%1” marca %2 como no aplicable, pero toda fila lo necesita</translation>
    </message>
    <message>
        <source>%1 cannot be marked not applicable (“%2”)</source>
        <translation>%1 no se puede marcar como no aplicable (“%2”)</translation>
    </message>
    <message>
        <source>“%1” has an empty entry in its list</source>
        <translation>“%1” tiene un elemento vacío en su lista</translation>
    </message>
    <message>
        <source>“%1” is not one of: %2</source>
        <translation>“%1” no es uno de: %2</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2; a value may have moved to another column</source>
        <translation>la fila tiene %1 campos pero el encabezado tiene %2; puede que un valor se haya movido a otra columna</translation>
    </message>
    <message>
        <source>the row has no positions, vacancies or hires</source>
        <translation>la fila no tiene puestos, vacantes ni contrataciones</translation>
    </message>
    <message>
        <source>a phase cannot be less than 0% or more than 100% complete</source>
        <translation>una fase no puede estar completada menos del 0 % ni más del 100 %</translation>
    </message>
    <message>
        <source>%1 %2 is before %3 %4</source>
        <translation>%1 %2 es anterior a %3 %4</translation>
    </message>
</context>
<context>
    <name>SampleData</name>
    <message>
        <source>The sample %1 data could not be imported: %2</source>
        <translation>No se pudieron importar los datos de muestra de %1: %2</translation>
    </message>
    <message>
        <source>The sample file %1 has %2 rows Milepost could not take.</source>
        <translation>El archivo de muestra %1 tiene %2 filas que Milepost no pudo tomar.</translation>
    </message>
</context>
<context>
    <name>ShownStatus</name>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>Recorded as of %1.</source>
        <translation>Registrado al %1.</translation>
    </message>
    <message>
        <source>%1 (computed from dates)</source>
        <comment>date rule&apos;s state</comment>
        <translation>%1 (calculado a partir de las fechas)</translation>
    </message>
    <message>
        <source>Planned start passed %1 ago</source>
        <translation>El inicio previsto pasó hace %1</translation>
    </message>
    <message>
        <source>Planned end passed %1 ago</source>
        <translation>El fin previsto pasó hace %1</translation>
    </message>
    <message>
        <source>Finished %1 after the planned end</source>
        <translation>Terminó %1 después del fin previsto</translation>
    </message>
</context>
<context>
    <name>SqliteImportTuning</name>
    <message>
        <source>a row of %1 refers to a row of %2 that does not exist</source>
        <translation>una fila de %1 se refiere a una fila de %2 que no existe</translation>
    </message>
</context>
<context>
    <name>SqliteStatement</name>
    <message>
        <source>no database connection</source>
        <translation>no hay conexión a la base de datos</translation>
    </message>
    <message>
        <source>empty SQL statement</source>
        <translation>instrucción SQL vacía</translation>
    </message>
    <message>
        <source>more than one SQL statement: %1</source>
        <translation>más de una instrucción SQL: %1</translation>
    </message>
</context>
<context>
    <name>StaffingFigures</name>
    <message>
        <source>A count of the same staff as of a later or the same day (line %1) stands for the year.</source>
        <translation>Un conteo del mismo personal a un día posterior o igual (línea %1) representa al año.</translation>
    </message>
    <message>
        <source>The whole-year row on line %1 stands for the year’s hires.</source>
        <translation>La fila de todo el año en la línea %1 representa las contrataciones del año.</translation>
    </message>
    <message>
        <source>Its period overlaps that of line %1, whose hires are counted.</source>
        <translation>Su periodo se superpone con el de la línea %1, cuyas contrataciones se cuentan.</translation>
    </message>
    <message>
        <source>The Local District’s own row (line %1) stands for its sites.</source>
        <translation>La fila propia del Distrito Local (línea %1) representa a sus sitios.</translation>
    </message>
    <message>
        <source>Classified</source>
        <translation>Clasificado</translation>
    </message>
    <message>
        <source>Certificated</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>Its period could not be read.</source>
        <translation>No se pudo leer su periodo.</translation>
    </message>
    <message>
        <source>Hires</source>
        <translation>Contrataciones</translation>
    </message>
    <message>
        <source>Vacancies</source>
        <translation>Vacantes</translation>
    </message>
    <message>
        <source>Its period %1 crosses from one school year into the next.</source>
        <translation>Su periodo %1 pasa de un ciclo escolar al siguiente.</translation>
    </message>
</context>
<context>
    <name>StaffingFiguresQuery</name>
    <message>
        <source>Could not count the staffing data: %1</source>
        <translation>No se pudieron contar los datos de personal: %1</translation>
    </message>
    <message>
        <source>a row changed while the rows were read</source>
        <translation>una fila cambió mientras se leían las filas</translation>
    </message>
</context>
<context>
    <name>StaffingTimelineQuery</name>
    <message>
        <source>Reading the staffing data was stopped.</source>
        <translation>Se detuvo la lectura de los datos de personal.</translation>
    </message>
    <message>
        <source>Could not read the staffing data: %1</source>
        <translation>No se pudieron leer los datos de personal: %1</translation>
    </message>
</context>
<context>
    <name>Statement</name>
    <message>
        <source>no database connection</source>
        <translation>no hay conexión a la base de datos</translation>
    </message>
    <message>
        <source>statement not prepared</source>
        <translation>instrucción no preparada</translation>
    </message>
</context>
<context>
    <name>StoredSpellings</name>
    <message>
        <source>Could not read the values of %1: %2</source>
        <translation>No se pudieron leer los valores de %1: %2</translation>
    </message>
</context>
<context>
    <name>SupersededRows</name>
    <message>
        <source>%1 rows of %2 would still belong to the removed import</source>
        <translation>%1 filas de %2 seguirían perteneciendo a la importación quitada</translation>
    </message>
</context>
<context>
    <name>TableCsvExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Nivel %1</translation>
    </message>
</context>
<context>
    <name>TextFile</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <source>it is not a regular file (a device or a pipe)</source>
        <translation>no es un archivo normal (es un dispositivo o una canalización)</translation>
    </message>
    <message>
        <source>it is larger than %1, too large for a plan report</source>
        <translation>es más grande que %1, demasiado para el informe de un plan</translation>
    </message>
    <message>
        <source>the file says it is UTF-16 but is not valid UTF-16</source>
        <translation>el archivo dice ser UTF-16 pero no es UTF-16 válido</translation>
    </message>
    <message>
        <source>the file looks like UTF-16 without a byte order mark but is not valid UTF-16</source>
        <translation>el archivo parece UTF-16 sin marca de orden de bytes pero no es UTF-16 válido</translation>
    </message>
    <message>
        <source>the file holds binary data, not text</source>
        <translation>el archivo contiene datos binarios, no texto</translation>
    </message>
</context>
<context>
    <name>TimelineLegendPainter</name>
    <message>
        <source>Phase ended</source>
        <translation>Fase terminada</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Planned end within 30 days</source>
        <translation>Fin previsto en 30 días o menos</translation>
    </message>
    <message>
        <source>Open past its planned end</source>
        <translation>Abierta después de su fin previsto</translation>
    </message>
    <message>
        <source>Not begun</source>
        <translation>Sin comenzar</translation>
    </message>
    <message>
        <source>Period over</source>
        <translation>Periodo pasado</translation>
    </message>
    <message>
        <source>Current period</source>
        <translation>Periodo actual</translation>
    </message>
    <message>
        <source>Period ahead</source>
        <translation>Periodo futuro</translation>
    </message>
    <message>
        <source>Date not applicable (code) or missing</source>
        <translation>Fecha no aplicable (código) o faltante</translation>
    </message>
    <message>
        <source>Project or district</source>
        <translation>Proyecto o distrito</translation>
    </message>
    <message>
        <source>Local District or job category</source>
        <translation>Distrito Local o categoría de puesto</translation>
    </message>
    <message>
        <source>Phase or objective</source>
        <translation>Fase u objetivo</translation>
    </message>
    <message>
        <source>Planned (bar) and actual dates (line)</source>
        <translation>Fechas previstas (barra) y reales (línea)</translation>
    </message>
    <message>
        <source>Quarter or month date</source>
        <translation>Fecha de trimestre o mes</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Continuo</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Al %1</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Quarter marked in the plan</source>
        <translation>Trimestre marcado en el plan</translation>
    </message>
    <message>
        <source>Marked, but outside the dates</source>
        <translation>Marcado, pero fuera de las fechas</translation>
    </message>
    <message>
        <source>Covered by the dates, not marked</source>
        <translation>Cubierto por las fechas, sin marcar</translation>
    </message>
    <message>
        <source>Due soon or at risk</source>
        <translation>Vence pronto o en riesgo</translation>
    </message>
    <message>
        <source>Overdue or off track</source>
        <translation>Atrasado o desviado</translation>
    </message>
    <message>
        <source>No readable date</source>
        <translation>Sin fecha legible</translation>
    </message>
    <message>
        <source>Deferred or cancelled</source>
        <translation>Aplazado o cancelado</translation>
    </message>
    <message>
        <source>Baseline dates</source>
        <translation>Fechas de la línea base</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>no database connection</source>
        <translation>no hay conexión a la base de datos</translation>
    </message>
    <message>
        <source>no transaction to commit</source>
        <translation>no hay transacción que confirmar</translation>
    </message>
</context>
<context>
    <name>UpdateCommand</name>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>  update --milestone ID [--status WORD] [--percent N] [--actual-start DATE] [--actual-end DATE]
         [--owner NAME] [--office NAME] [--note TEXT] [--as-of DATE] [--by NAME]
         [--expect-version N] [--db PATH]
      Record progress on a milestone as of DATE (the reporting date, default today). Every
      change is kept in the history with its old value; an empty value clears a field.
      Statuses: not_started, on_track, at_risk, off_track, done, deferred, cancelled. The
      Id column of export --dataset milestones gives each milestone&apos;s ID. Needs no display.
</source>
        <translation>  update --milestone ID [--status PALABRA] [--percent N] [--actual-start FECHA] [--actual-end FECHA]
         [--owner NOMBRE] [--office NOMBRE] [--note TEXTO] [--as-of FECHA] [--by NOMBRE]
         [--expect-version N] [--db RUTA]
      Registra el avance de un hito a la FECHA (la fecha del informe, hoy si no se indica).
      Cada cambio se guarda en el historial con su valor anterior; un valor vacío borra un campo.
      Estados: not_started, on_track, at_risk, off_track, done, deferred, cancelled. La
      columna Id de export --dataset milestones da el ID de cada hito. No necesita pantalla.
</translation>
    </message>
    <message>
        <source>milepost: update takes no FILE</source>
        <translation>milepost: update no recibe ARCHIVO</translation>
    </message>
    <message>
        <source>milepost: update needs --milestone ID (the Id column of export --dataset milestones)</source>
        <translation>milepost: update necesita --milestone ID (la columna Id de export --dataset milestones)</translation>
    </message>
    <message>
        <source>milepost: update needs a value to record (--status, --percent, --actual-start, --actual-end, --owner, --office) or a --note</source>
        <translation>milepost: update necesita un valor que registrar (--status, --percent, --actual-start, --actual-end, --owner, --office) o una --note</translation>
    </message>
    <message>
        <source>milepost: update needs --by NAME: the login name is not known</source>
        <translation>milepost: update necesita --by NOMBRE: no se conoce el nombre de usuario</translation>
    </message>
    <message>
        <source>milepost: %1</source>
        <translation>milepost: %1</translation>
    </message>
    <message>
        <source>milepost: --expect-version %1 is not a version number</source>
        <translation>milepost: --expect-version %1 no es un número de versión</translation>
    </message>
    <message>
        <source>Milestone %1 “%2”: nothing to record, the values are already so (version %3)</source>
        <translation>Hito %1 “%2”: nada que registrar, los valores ya son esos (versión %3)</translation>
    </message>
    <message>
        <source>milepost: nothing was recorded</source>
        <translation>milepost: no se registró nada</translation>
    </message>
    <message>
        <source>Recorded an update of milestone %1 “%2” as of %3 (version %4)</source>
        <translation>Se registró una actualización del hito %1 “%2” al %3 (versión %4)</translation>
    </message>
    <message>
        <source>  %1: %2 → %3</source>
        <comment>field, old value, new value</comment>
        <translation>  %1: %2 → %3</translation>
    </message>
    <message>
        <source>  Note: %1</source>
        <translation>  Nota: %1</translation>
    </message>
    <message>
        <source>update, history: the milestone&apos;s id (export --dataset milestones lists them).</source>
        <translation>update, history: el id del hito (export --dataset milestones los enumera).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>update: not_started, on_track, at_risk, off_track, done, deferred or cancelled.</source>
        <translation>update: not_started, on_track, at_risk, off_track, done, deferred o cancelled.</translation>
    </message>
    <message>
        <source>word</source>
        <translation>palabra</translation>
    </message>
    <message>
        <source>update: percent complete, 0 to 100.</source>
        <translation>update: porcentaje completado, de 0 a 100.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>update: the day work began.</source>
        <translation>update: el día en que comenzó el trabajo.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>update: the day it was completed.</source>
        <translation>update: el día en que se completó.</translation>
    </message>
    <message>
        <source>update: the person responsible.</source>
        <translation>update: la persona responsable.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>update: the office responsible.</source>
        <translation>update: la oficina responsable.</translation>
    </message>
    <message>
        <source>update: why, in a sentence.</source>
        <translation>update: por qué, en una oración.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>update: who enters it (default: the login name).</source>
        <translation>update: quién lo ingresa (predeterminado: el nombre de usuario).</translation>
    </message>
    <message>
        <source>update: refuse the update unless the milestone is still at this version.</source>
        <translation>update: rechaza la actualización a menos que el hito siga en esta versión.</translation>
    </message>
</context>
<context>
    <name>milepost::BoardPackDialog</name>
    <message>
        <source>Plan &amp;summary: status, key figures, legend</source>
        <translation>&amp;Resumen del plan: estado, cifras clave, leyenda</translation>
    </message>
    <message>
        <source>&amp;Milestones by objective</source>
        <translation>&amp;Hitos por objetivo</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Cronograma</translation>
    </message>
    <message>
        <source>Staffin&amp;g</source>
        <translation>Perso&amp;nal</translation>
    </message>
    <message>
        <source>&amp;Enrollment</source>
        <translation>&amp;Inscripción</translation>
    </message>
    <message>
        <source>&amp;Capital projects</source>
        <translation>&amp;Proyectos de capital</translation>
    </message>
    <message>
        <source>Board Pack</source>
        <translation>Carpeta para la Junta</translation>
    </message>
    <message>
        <source>One document for the board: a contents page, then the sections chosen, numbered as one. The plan&apos;s parts follow the window&apos;s search and as-of date; the dashboard&apos;s pages its filters.</source>
        <translation>Un solo documento para la junta: una página de contenido y luego las secciones elegidas, con una sola numeración. Las partes del plan siguen la búsqueda y la fecha de corte de la ventana; las páginas del tablero, sus filtros.</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Add the &amp;rows of the figure drilled into on each dashboard page</source>
        <translation>Agregar las &amp;filas de la cifra consultada en detalle en cada página del tablero</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Export PD&amp;F…</source>
        <translation>Exportar PD&amp;F…</translation>
    </message>
</context>
<context>
    <name>milepost::CapitalPage</name>
    <message>
        <source>no planned end</source>
        <translation>sin fin previsto</translation>
    </message>
    <message>
        <source>not yet due</source>
        <translation>aún no vence</translation>
    </message>
    <message>
        <source>1 day late</source>
        <translation>1 día de retraso</translation>
    </message>
    <message>
        <source>%1 days late</source>
        <translation>%1 días de retraso</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>a tiempo</translation>
    </message>
    <message>
        <source>open, at least 1 day late</source>
        <translation>abierto, al menos 1 día de retraso</translation>
    </message>
    <message>
        <source>open, at least %1 days late</source>
        <translation>abierto, al menos %1 días de retraso</translation>
    </message>
    <message>
        <source>All capital projects</source>
        <translation>Todos los proyectos de capital</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Proyectos</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>Estimate at completion</source>
        <translation>Estimado final</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Gastado</translation>
    </message>
    <message>
        <source>Over budget</source>
        <translation>Sobre el presupuesto</translation>
    </message>
    <message>
        <source>Later than planned</source>
        <translation>Más tarde de lo previsto</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <source>Board District</source>
        <translation>Distrito de la Junta</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Estimado</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Fin previsto</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Muestra</translation>
    </message>
    <message>
        <source>illustrative</source>
        <translation>ilustrativo</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Capital projects</source>
        <translation>Proyectos de capital</translation>
    </message>
    <message>
        <source>No capital projects yet: import a projects file with File › Import Data…</source>
        <translation>Aún no hay proyectos de capital: importe un archivo de proyectos con Archivo › Importar datos…</translation>
    </message>
    <message>
        <source>of %1 in the data</source>
        <translation>de %1 en los datos</translation>
    </message>
    <message>
        <source>in the data</source>
        <translation>en los datos</translation>
    </message>
    <message>
        <source>sum of %1 projects</source>
        <translation>suma de %1 proyectos</translation>
    </message>
    <message>
        <source>no estimate above its budget</source>
        <translation>ningún estimado supera su presupuesto</translation>
    </message>
    <message>
        <source>by %1 in all</source>
        <translation>por %1 en total</translation>
    </message>
    <message>
        <source>none ends later than planned</source>
        <translation>ninguno termina más tarde de lo previsto</translation>
    </message>
    <message>
        <source>up to %1 days; %2 still open</source>
        <comment>days, open projects</comment>
        <translation>hasta %1 días; %2 aún abiertos</translation>
    </message>
    <message>
        <source>Projects that pass the filters</source>
        <translation>Proyectos que pasan los filtros</translation>
    </message>
</context>
<context>
    <name>milepost::CapitalTimelineModel</name>
    <message>
        <source>“%1” (not applicable)</source>
        <comment>code the export gives instead of a date</comment>
        <translation>“%1” (no aplicable)</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>1 project</source>
        <translation>1 proyecto</translation>
    </message>
    <message>
        <source>%1 projects</source>
        <translation>%1 proyectos</translation>
    </message>
    <message>
        <source>No district given</source>
        <translation>Sin distrito indicado</translation>
    </message>
    <message>
        <source>District %1</source>
        <comment>a geographic school district&apos;s number</comment>
        <translation>Distrito %1</translation>
    </message>
    <message>
        <source>ended %1</source>
        <translation>terminó el %1</translation>
    </message>
    <message>
        <source>the export says it is complete</source>
        <translation>la exportación dice que está completo</translation>
    </message>
    <message>
        <source>no planned end to measure against</source>
        <translation>sin fin previsto con qué comparar</translation>
    </message>
    <message>
        <source>not ended %1 after its planned end</source>
        <translation>no terminado %1 después de su fin previsto</translation>
    </message>
    <message>
        <source>planned to end today</source>
        <translation>previsto para terminar hoy</translation>
    </message>
    <message>
        <source>planned to end in %1</source>
        <translation>previsto para terminar en %1</translation>
    </message>
    <message>
        <source>begun, planned to end %1</source>
        <translation>comenzado, previsto para terminar el %1</translation>
    </message>
    <message>
        <source>not begun yet</source>
        <translation>aún no comienza</translation>
    </message>
    <message>
        <source>District, project, phase</source>
        <translation>Distrito, proyecto, fase</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Fin previsto</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>Inicio real</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>Fin real</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Planned: %1 – %2</source>
        <translation>Previsto: %1 – %2</translation>
    </message>
    <message>
        <source>No planned dates.</source>
        <translation>Sin fechas previstas.</translation>
    </message>
    <message>
        <source>Actual: from %1, still running as of %2</source>
        <translation>Real: desde el %1, aún en curso al %2</translation>
    </message>
    <message>
        <source>Actual: %1 – %2</source>
        <translation>Real: %1 – %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>district, its number of projects</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>school, project description</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Tipo: %1</translation>
    </message>
    <message>
        <source>As of %1: %2</source>
        <translation>Al %1: %2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <comment>current phase</comment>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Later than planned by %1</source>
        <translation>Más tarde de lo previsto por %1</translation>
    </message>
    <message>
        <source> and counting</source>
        <translation> y contando</translation>
    </message>
    <message>
        <source>%1 (round %2)</source>
        <comment>phase name, its occurrence</comment>
        <translation>%1 (ronda %2)</translation>
    </message>
    <message>
        <source>Planned start: %1; actual start: %2</source>
        <translation>Inicio previsto: %1; inicio real: %2</translation>
    </message>
    <message>
        <source>Planned end: %1</source>
        <translation>Fin previsto: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>phase, school</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>still running</source>
        <translation>aún en curso</translation>
    </message>
    <message>
        <source>Status in the export: %1</source>
        <translation>Estado en la exportación: %1</translation>
    </message>
    <message>
        <source>As of %1: %2 — %3</source>
        <comment>as-of date, status, reason</comment>
        <translation>Al %1: %2 — %3</translation>
    </message>
    <message>
        <source>Budget %1 · estimate %2 · spent %3</source>
        <translation>Presupuesto %1 · estimado %2 · gastado %3</translation>
    </message>
    <message>
        <source>Sample data (illustrative)</source>
        <translation>Datos de muestra (ilustrativos)</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
</context>
<context>
    <name>milepost::ChangesSinceDialog</name>
    <message>
        <source>Changes Since</source>
        <translation>Cambios desde</translation>
    </message>
    <message>
        <source>&amp;After:</source>
        <translation>&amp;Después de:</translation>
    </message>
    <message>
        <source>&amp;Up to:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
</context>
<context>
    <name>milepost::ChartTableDialog</name>
    <message>
        <source>%1 — Table</source>
        <comment>chart title</comment>
        <translation>%1 — Tabla</translation>
    </message>
    <message>
        <source>Values of the chart %1</source>
        <translation>Valores del gráfico %1</translation>
    </message>
    <message>
        <source>One row per category, one column per series. Arrow keys move from cell to cell.</source>
        <translation>Una fila por categoría, una columna por serie. Las teclas de flecha mueven de una celda a otra.</translation>
    </message>
    <message>
        <source>No data for this chart under the current filters.</source>
        <translation>No hay datos para este gráfico con los filtros actuales.</translation>
    </message>
    <message>
        <source>&amp;Copy Table</source>
        <translation>&amp;Copiar tabla</translation>
    </message>
    <message>
        <source>Copy the table as tab-separated text, for a spreadsheet</source>
        <translation>Copiar la tabla como texto separado por tabulaciones, para una hoja de cálculo</translation>
    </message>
</context>
<context>
    <name>milepost::ChartTableModel</name>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
</context>
<context>
    <name>milepost::ChartWidget</name>
    <message>
        <source>Export as &amp;PNG…</source>
        <translation>Exportar como &amp;PNG…</translation>
    </message>
    <message>
        <source>Export as &amp;SVG…</source>
        <translation>Exportar como &amp;SVG…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>No data.</source>
        <translation>Sin datos.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>category, value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <comment>series, category, value</comment>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>No data for this chart under the current filters.</source>
        <translation>No hay datos para este gráfico con los filtros actuales.</translation>
    </message>
    <message>
        <source>No data for this chart under the current filters. %1</source>
        <translation>No hay datos para este gráfico con los filtros actuales. %1</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>No se pudo escribir “%1”: %2</translation>
    </message>
    <message>
        <source>Could not write “%1”.</source>
        <translation>No se pudo escribir “%1”.</translation>
    </message>
    <message>
        <source>Export Chart as PNG</source>
        <translation>Exportar gráfico como PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Export Chart as SVG</source>
        <translation>Exportar gráfico como SVG</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Imágenes SVG (*.svg)</translation>
    </message>
    <message>
        <source>Print Chart</source>
        <translation>Imprimir gráfico</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <source>Show as table, export or print this chart</source>
        <translation>Mostrar como tabla, exportar o imprimir este gráfico</translation>
    </message>
    <message>
        <source>Show the chart&apos;s values as a table, export the chart as PNG or SVG, or print it</source>
        <translation>Mostrar los valores del gráfico como tabla, exportar el gráfico como PNG o SVG, o imprimirlo</translation>
    </message>
    <message>
        <source>Show as &amp;Table…</source>
        <translation>Mostrar como &amp;tabla…</translation>
    </message>
    <message>
        <source>%1. Enter shows these rows; arrow keys move; Ctrl+T shows the values as a table.</source>
        <comment>element description</comment>
        <translation>%1. Enter muestra estas filas; las teclas de flecha desplazan; Ctrl+T muestra los valores como tabla.</translation>
    </message>
</context>
<context>
    <name>milepost::CheckIntegrityAction</name>
    <message>
        <source>Check Database &amp;Integrity…</source>
        <translation>Verificar la &amp;integridad de la base de datos…</translation>
    </message>
    <message>
        <source>Run SQLite&apos;s full integrity check on the database</source>
        <translation>Ejecutar la verificación de integridad completa de SQLite en la base de datos</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>Verificando la base de datos…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Check Database Integrity</source>
        <translation>Verificar integridad de la base de datos</translation>
    </message>
</context>
<context>
    <name>milepost::ConfirmPage</name>
    <message>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Milepost reads the whole file once without storing anything, to say what the import will do.</source>
        <translation>Milepost lee todo el archivo una vez sin guardar nada, para decir qué hará la importación.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Import question</source>
        <translation>Pregunta de importación</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>Qué hará la importación</translation>
    </message>
    <message>
        <source>%p% read</source>
        <translation>%p % leído</translation>
    </message>
    <message>
        <source>Counting progress</source>
        <translation>Progreso del conteo</translation>
    </message>
    <message>
        <source>Counting the rows of %1…</source>
        <translation>Contando las filas de %1…</translation>
    </message>
    <message>
        <source>The file could not be counted.</source>
        <translation>No se pudo contar el archivo.</translation>
    </message>
    <message>
        <source>Counting was stopped.</source>
        <translation>Se detuvo el conteo.</translation>
    </message>
    <message>
        <source>This file cannot be imported as mapped.</source>
        <translation>Este archivo no se puede importar con esta asignación.</translation>
    </message>
    <message>
        <source>%1

Go back to change the mapping; nothing was changed.</source>
        <translation>%1

Regrese para cambiar la asignación; no se cambió nada.</translation>
    </message>
    <message>
        <source>Import %1 into %2?</source>
        <translation>¿Importar %1 en %2?</translation>
    </message>
    <message>
        <source>The file has %1: %2 will be stored, %3 rejected, %4 blank and %5 totals.</source>
        <translation>El archivo tiene %1: se guardarán %2, se rechazarán %3, %4 en blanco y %5 de totales.</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Fases</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>“%1” is new to %2: every row stored is added.</source>
        <translation>“%1” es nueva en %2: se agrega cada fila guardada.</translation>
    </message>
    <message>
        <source>%1 against the last import of “%2”: %3 new, %4 changed, %5 unchanged, %6 no longer in the file and removed.</source>
        <translation>%1 frente a la última importación de “%2”: %3 altas, %4 con cambios, %5 sin cambios, %6 ya no están en el archivo y se dan de baja.</translation>
    </message>
    <message>
        <source>Projects: %1 new, %2 changed, %3 unchanged, %4 removed.</source>
        <translation>Proyectos: %1 nuevos, %2 cambiados, %3 sin cambios, %4 quitados.</translation>
    </message>
    <message>
        <source>The database is backed up first, and File &gt; Imported Data… can remove the import later.</source>
        <translation>Antes se respalda la base de datos, y Archivo &gt; Datos importados… puede quitar la importación más tarde.</translation>
    </message>
</context>
<context>
    <name>milepost::ConnectionBanner</name>
    <message>
        <source>Connection to the database</source>
        <translation>Conexión con la base de datos</translation>
    </message>
    <message>
        <source>The database server cannot be reached: %1
What is shown stays as it was read; nothing can be saved until Milepost has reconnected, which it keeps trying.</source>
        <translation>No se puede conectar con el servidor de la base de datos: %1
Lo que se muestra queda tal como se leyó; no se puede guardar nada hasta que Milepost se vuelva a conectar, lo cual sigue intentando.</translation>
    </message>
</context>
<context>
    <name>milepost::CsvExportDialog</name>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Qué exportar</translation>
    </message>
    <message>
        <source>The %1 table as shown: its visible columns, filter and sort</source>
        <translation>La tabla (%1) como se ve: columnas visibles, filtro y orden</translation>
    </message>
    <message>
        <source>&amp;Export:</source>
        <translation>&amp;Exportar:</translation>
    </message>
    <message>
        <source>&amp;Byte order mark, so that Excel reads accents correctly</source>
        <translation>&amp;Marca de orden de bytes, para que Excel lea bien los acentos</translation>
    </message>
    <message>
        <source>&amp;ISO 8601 (%1)</source>
        <translation>&amp;ISO 8601 (%1)</translation>
    </message>
    <message>
        <source>As in your &amp;locale (%1)</source>
        <translation>Según su confi&amp;guración regional (%1)</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>A text cell that a spreadsheet would run as a formula (=, +, -, @) is written with a leading apostrophe; numbers keep their sign.</source>
        <translation>Una celda de texto que una hoja de cálculo ejecutaría como fórmula (=, +, -, @) se escribe con un apóstrofo al inicio; los números conservan su signo.</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Guardar como…</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Fechas:</translation>
    </message>
    <message>
        <source>Every milestone of the plan</source>
        <translation>Todos los hitos del plan</translation>
    </message>
    <message>
        <source>Every objective of the plan</source>
        <translation>Todos los objetivos del plan</translation>
    </message>
    <message>
        <source>The plan&apos;s import findings</source>
        <translation>Los hallazgos de la importación del plan</translation>
    </message>
    <message>
        <source>Staffing</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>Inscripción</translation>
    </message>
    <message>
        <source>Capital project phases, one row per phase</source>
        <translation>Fases de proyectos de capital, una fila por fase</translation>
    </message>
    <message>
        <source>Capital projects, one row per project</source>
        <translation>Proyectos de capital, una fila por proyecto</translation>
    </message>
</context>
<context>
    <name>milepost::DashboardFilterBar</name>
    <message>
        <source>Local District filter</source>
        <translation>Filtro de Distrito Local</translation>
    </message>
    <message>
        <source>Board District filter</source>
        <translation>Filtro de Distrito de la Junta</translation>
    </message>
    <message>
        <source>School filter</source>
        <translation>Filtro de escuela</translation>
    </message>
    <message>
        <source>As-of date</source>
        <translation>Fecha de corte</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>Set the as-of date to today</source>
        <translation>Poner la fecha de corte en hoy</translation>
    </message>
    <message>
        <source>Clear &amp;Filters</source>
        <translation>Borrar &amp;filtros</translation>
    </message>
    <message>
        <source>&amp;Local District:</source>
        <translation>Distrito &amp;Local:</translation>
    </message>
    <message>
        <source>&amp;Board District:</source>
        <translation>Distrito de la &amp;Junta:</translation>
    </message>
    <message>
        <source>S&amp;chool:</source>
        <translation>E&amp;scuela:</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;Al:</translation>
    </message>
    <message>
        <source>All Local Districts</source>
        <translation>Todos los Distritos Locales</translation>
    </message>
    <message>
        <source>All Board Districts</source>
        <translation>Todos los Distritos de la Junta</translation>
    </message>
    <message>
        <source>All schools</source>
        <translation>Todas las escuelas</translation>
    </message>
    <message>
        <source>Type part of a school&apos;s name and pick it; empty shows all schools</source>
        <translation>Escriba parte del nombre de una escuela y elíjala; vacío muestra todas las escuelas</translation>
    </message>
    <message>
        <source>Source filter</source>
        <translation>Filtro de fuente</translation>
    </message>
    <message>
        <source>Count only the rows imported from one source (File › Imported Data…)</source>
        <translation>Contar solo las filas importadas de una fuente (Archivo › Datos importados…)</translation>
    </message>
    <message>
        <source>Clear the Local District, Board District, school and source filters</source>
        <translation>Borrar los filtros de Distrito Local, Distrito de la Junta, escuela y fuente</translation>
    </message>
    <message>
        <source>Sou&amp;rce:</source>
        <translation>F&amp;uente:</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Todas las fuentes</translation>
    </message>
</context>
<context>
    <name>milepost::DashboardPage</name>
    <message>
        <source>Notes on these figures</source>
        <translation>Notas sobre estas cifras</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>every row is counted once</source>
        <translation>cada fila se cuenta una vez</translation>
    </message>
    <message>
        <source>counted in another row; see why</source>
        <translation>contada en otra fila; vea por qué</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>series, category</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Clear Filter&amp;s</source>
        <translation>Borrar filtro&amp;s</translation>
    </message>
    <message>
        <source>Show every row again: clears the Local District, Board District and school filters</source>
        <translation>Mostrar de nuevo todas las filas: borra los filtros de Distrito Local, Distrito de la Junta y escuela</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <comment>filter field, value</comment>
        <translation>%1 «%2»</translation>
    </message>
    <message>
        <source>No rows match these filters: %1.</source>
        <comment>the filters in use</comment>
        <translation>Ninguna fila coincide con estos filtros: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>milepost::DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation>Tablero</translation>
    </message>
    <message>
        <source>Reading the data…</source>
        <translation>Leyendo los datos…</translation>
    </message>
    <message>
        <source>Reading the data</source>
        <translation>Leyendo los datos</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop reading; the figures shown stay (Esc)</source>
        <translation>Dejar de leer; las cifras mostradas se quedan (Esc)</translation>
    </message>
    <message>
        <source>Dashboard pages</source>
        <translation>Páginas del tablero</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>&amp;Staffing</source>
        <translation>P&amp;ersonal</translation>
    </message>
    <message>
        <source>&amp;Enrollment</source>
        <translation>&amp;Inscripción</translation>
    </message>
    <message>
        <source>Ca&amp;pital Projects</source>
        <translation>Proyectos de &amp;capital</translation>
    </message>
    <message>
        <source>Summarising the capital projects (once after each import)…</source>
        <translation>Resumiendo los proyectos de capital (una vez tras cada importación)…</translation>
    </message>
</context>
<context>
    <name>milepost::DatabaseWatcher</name>
    <message>
        <source>the connection to the server was lost</source>
        <translation>se perdió la conexión con el servidor</translation>
    </message>
</context>
<context>
    <name>milepost::DrillDownPanel</name>
    <message>
        <source>1 row</source>
        <translation>1 fila</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 filas</translation>
    </message>
    <message>
        <source>Rows shown</source>
        <translation>Filas mostradas</translation>
    </message>
    <message>
        <source>Show all rows</source>
        <translation>Mostrar todas las filas</translation>
    </message>
    <message>
        <source>Clear the figure filter and show all rows</source>
        <translation>Borrar el filtro de la cifra y mostrar todas las filas</translation>
    </message>
    <message>
        <source>Clear the figure filter (Esc in the table)</source>
        <translation>Borrar el filtro de la cifra (Esc en la tabla)</translation>
    </message>
    <message>
        <source>Rows behind the figure</source>
        <translation>Filas detrás de la cifra</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>figure trail, row count</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>all rows, row count</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>counting…</source>
        <comment>in place of a row count</comment>
        <translation>contando…</translation>
    </message>
</context>
<context>
    <name>milepost::EnrollmentPage</name>
    <message>
        <source>All enrollment rows</source>
        <translation>Todas las filas de inscripción</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Programa:</translation>
    </message>
    <message>
        <source>Program the totals count</source>
        <translation>Programa que cuentan los totales</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Estudiantes</translation>
    </message>
    <message>
        <source>Against the year before</source>
        <translation>Frente al año anterior</translation>
    </message>
    <message>
        <source>Classrooms</source>
        <translation>Salones</translation>
    </message>
    <message>
        <source>Rows not added</source>
        <translation>Filas sin sumar</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>Ciclo escolar</translation>
    </message>
    <message>
        <source>Local District</source>
        <translation>Distrito Local</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grado</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>classrooms</source>
        <translation>salones</translation>
    </message>
    <message>
        <source>students</source>
        <translation>estudiantes</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Muestra</translation>
    </message>
    <message>
        <source>illustrative</source>
        <translation>ilustrativo</translation>
    </message>
    <message>
        <source>Not added because</source>
        <translation>Sin sumar porque</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>Inscripción</translation>
    </message>
    <message>
        <source>Enrollment, %1</source>
        <translation>Inscripción, %1</translation>
    </message>
    <message>
        <source>No enrollment data yet: import an enrollment file with File › Import Data…</source>
        <translation>Aún no hay datos de inscripción: importe un archivo de inscripción con Archivo › Importar datos…</translation>
    </message>
    <message>
        <source>No %1 students pass the filters up to the as-of date.</source>
        <translation>Ningún estudiante de %1 pasa los filtros hasta la fecha de corte.</translation>
    </message>
    <message>
        <source>%1 students; school year %2, the latest with their data up to the as-of date.</source>
        <comment>program, year</comment>
        <translation>Estudiantes de %1; ciclo escolar %2, el más reciente con datos hasta la fecha de corte.</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no value</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <comment>program, year</comment>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>signed percent</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>no year to compare</source>
        <translation>no hay año con qué comparar</translation>
    </message>
    <message>
        <source>no %1 data for %2</source>
        <comment>program, year</comment>
        <translation>no hay datos de %1 para %2</translation>
    </message>
    <message>
        <source>all programs, %1</source>
        <translation>todos los programas, %1</translation>
    </message>
    <message>
        <source>no classroom counts</source>
        <translation>sin conteo de salones</translation>
    </message>
    <message>
        <source>Enrollment rows that pass the filters</source>
        <translation>Filas de inscripción que pasan los filtros</translation>
    </message>
    <message>
        <source>vs %1, Local Districts reporting both years: %2 against %3</source>
        <comment>previous year, now, before</comment>
        <translation>frente a %1, Distritos Locales que informan ambos años: %2 frente a %3</translation>
    </message>
    <message>
        <source>The enrollment rows could not be counted: see the message above the pages.</source>
        <translation>No se pudieron contar las filas de inscripción: vea el mensaje sobre las páginas.</translation>
    </message>
</context>
<context>
    <name>milepost::FieldRulesDialog</name>
    <message>
        <source>How to Read %1</source>
        <translation>Cómo leer %1</translation>
    </message>
    <message>
        <source>%1 is read from the column “%2”.</source>
        <translation>%1 se lee de la columna «%2».</translation>
    </message>
    <message>
        <source>The file has no column chosen for %1.</source>
        <translation>No se eligió ninguna columna del archivo para %1.</translation>
    </message>
    <message>
        <source>The same value for every row</source>
        <translation>El mismo valor para cada fila</translation>
    </message>
    <message>
        <source>e.g. 2019-20</source>
        <translation>p. ej., 2019-20</translation>
    </message>
    <message>
        <source>A file of one school year or one program has no column for it: every row takes this value.</source>
        <translation>Un archivo de un solo ciclo escolar o de un solo programa no tiene columna para él: cada fila toma este valor.</translation>
    </message>
    <message>
        <source>Pattern that takes part of the column</source>
        <translation>Patrón que toma parte de la columna</translation>
    </message>
    <message>
        <source>e.g. ^(\d\d) for 01 from 01M015</source>
        <translation>p. ej., ^(\d\d) para 01 de 01M015</translation>
    </message>
    <message>
        <source>A regular expression: the field is its first group in parentheses, or the whole match. A value it does not match is rejected with its line.</source>
        <translation>Una expresión regular: el campo es su primer grupo entre paréntesis, o toda la coincidencia. Un valor que no coincide se rechaza con su línea.</translation>
    </message>
    <message>
        <source>Same &amp;value for every row:</source>
        <translation>Mismo &amp;valor para cada fila:</translation>
    </message>
    <message>
        <source>&amp;Part of the column:</source>
        <translation>&amp;Parte de la columna:</translation>
    </message>
    <message>
        <source>dollars</source>
        <translation>dólares</translation>
    </message>
    <message>
        <source>thousands of dollars</source>
        <translation>miles de dólares</translation>
    </message>
    <message>
        <source>millions of dollars</source>
        <translation>millones de dólares</translation>
    </message>
    <message>
        <source>Unit of the amounts</source>
        <translation>Unidad de los montos</translation>
    </message>
    <message>
        <source>In a column of thousands, 1,747 is stored as $1,747,000.00.</source>
        <translation>En una columna en miles, 1,747 se guarda como $1,747,000.00.</translation>
    </message>
    <message>
        <source>Amounts are in:</source>
        <translation>Montos en:</translation>
    </message>
    <message>
        <source>The file writes</source>
        <translation>El archivo dice</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Se lee como</translation>
    </message>
    <message>
        <source>The file&apos;s words read as others</source>
        <translation>Palabras del archivo que se leen como otras</translation>
    </message>
    <message>
        <source>Read as one of: %1. Words are matched without regard to case.</source>
        <translation>Se lee como uno de: %1. Las palabras se comparan sin distinguir mayúsculas.</translation>
    </message>
    <message>
        <source>Words are matched without regard to case, after the pattern has taken its part.</source>
        <translation>Las palabras se comparan sin distinguir mayúsculas, después de que el patrón toma su parte.</translation>
    </message>
    <message>
        <source>&amp;Add Word</source>
        <translation>&amp;Agregar palabra</translation>
    </message>
    <message>
        <source>&amp;Remove Word</source>
        <translation>&amp;Quitar palabra</translation>
    </message>
    <message>
        <source>The file&apos;s &amp;words for Milepost&apos;s:</source>
        <translation>Pala&amp;bras del archivo para las de Milepost:</translation>
    </message>
    <message>
        <source>What the first values are read as</source>
        <translation>Cómo se leen los primeros valores</translation>
    </message>
    <message>
        <source>The pattern is not a regular expression: %1.</source>
        <translation>El patrón no es una expresión regular: %1.</translation>
    </message>
    <message>
        <source>Give each word both what the file writes and what it is read as.</source>
        <translation>Indique para cada palabra lo que dice el archivo y cómo se lee.</translation>
    </message>
    <message>
        <source>“%1” is listed twice.</source>
        <translation>«%1» aparece dos veces.</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Rows are stored without %1.</source>
        <translation>Las filas se guardan sin %1.</translation>
    </message>
    <message>
        <source>Every row: %1</source>
        <translation>Cada fila: %1</translation>
    </message>
    <message>
        <source>%1 → not matched: the row is rejected</source>
        <translation>%1 → no coincide: la fila se rechaza</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>First values:
%1</source>
        <translation>Primeros valores:
%1</translation>
    </message>
    <message>
        <source>every row: %1</source>
        <translation>cada fila: %1</translation>
    </message>
    <message>
        <source>part: %1</source>
        <translation>parte: %1</translation>
    </message>
    <message>
        <source>in thousands</source>
        <translation>en miles</translation>
    </message>
    <message>
        <source>in millions</source>
        <translation>en millones</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) read as others</source>
        <translation>
            <numerusform>%n palabra leída como otra</numerusform>
            <numerusform>%n palabras leídas como otras</numerusform>
        </translation>
    </message>
    <message>
        <source>More…</source>
        <translation>Más…</translation>
    </message>
</context>
<context>
    <name>milepost::FilePage</name>
    <message>
        <source>Choose a file</source>
        <translation>Elija un archivo</translation>
    </message>
    <message>
        <source>Milepost reads CSV as Excel and other programs write it: comma, semicolon, tab or pipe separated; UTF-8, UTF-16 (&quot;Unicode text&quot;) or Windows-1252.</source>
        <translation>Milepost lee CSV como lo escriben Excel y otros programas: separado por comas, punto y coma, tabulaciones o barras verticales; UTF-8, UTF-16 (&quot;texto Unicode&quot;) o Windows-1252.</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Archivo a importar</translation>
    </message>
    <message>
        <source>Path of a .csv, .tsv or .txt file</source>
        <translation>Ruta de un archivo .csv, .tsv o .txt</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Browse for the file</source>
        <translation>Buscar el archivo</translation>
    </message>
    <message>
        <source>Problem with the file</source>
        <translation>Problema con el archivo</translation>
    </message>
    <message>
        <source>&amp;Data:</source>
        <translation>&amp;Datos:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>Import Data</source>
        <translation>Importar datos</translation>
    </message>
    <message>
        <source>Delimited text (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Texto delimitado (*.csv *.tsv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>Este archivo no se puede importar: %1</translation>
    </message>
    <message>
        <source>Progress updates (an update sheet)</source>
        <translation>Avances (una hoja de actualización)</translation>
    </message>
    <message>
        <source>This file is a progress update sheet: it has the Id, Objective, Milestone and Status columns of the sheets Milepost exports. Data now says so; press Next to see what it would change.</source>
        <translation>Este archivo es una hoja de actualización de avances: tiene las columnas Id, Objective, Milestone y Status de las hojas que exporta Milepost. Datos ya lo indica; pulse Siguiente para ver lo que cambiaría.</translation>
    </message>
</context>
<context>
    <name>milepost::FindingsModel</name>
    <message>
        <source>Line %1, column %2 of the report</source>
        <translation>Línea %1, columna %2 del informe</translation>
    </message>
    <message>
        <source>Line %1 of the report</source>
        <translation>Línea %1 del informe</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>milepost::FindingsPanel</name>
    <message>
        <source>Import findings</source>
        <translation>Hallazgos de la importación</translation>
    </message>
    <message>
        <source>No findings: the import had nothing to report.</source>
        <translation>Sin hallazgos: la importación no tuvo nada que informar.</translation>
    </message>
    <message>
        <source>%1 to check in the report. Double-click a finding, or press Enter, to show its row in the plan.</source>
        <translation>%1 por revisar en el informe. Haga doble clic en un hallazgo, o presione Intro, para mostrar su fila en el plan.</translation>
    </message>
</context>
<context>
    <name>milepost::ImportDataAction</name>
    <message>
        <source>Import &amp;Data…</source>
        <translation>Importar &amp;datos…</translation>
    </message>
    <message>
        <source>Import staffing, enrollment or capital-project data from a CSV file</source>
        <translation>Importar datos de personal, inscripción o proyectos de capital desde un archivo CSV</translation>
    </message>
</context>
<context>
    <name>milepost::ImportEventModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
</context>
<context>
    <name>milepost::ImportJob</name>
    <message>
        <source>An import is already running.</source>
        <translation>Ya hay una importación en curso.</translation>
    </message>
    <message>
        <source>The database is in memory; an import in the background needs a database file.</source>
        <translation>La base de datos está en memoria; una importación en segundo plano necesita un archivo de base de datos.</translation>
    </message>
</context>
<context>
    <name>milepost::ImportRunModel</name>
    <message>
        <source>(not recorded)</source>
        <translation>(no registrado)</translation>
    </message>
    <message>
        <source>%1 (refreshed later)</source>
        <translation>%1 (actualizada después)</translation>
    </message>
    <message>
        <source>A later import of the same source refreshed these rows: remove that one first.</source>
        <translation>Una importación posterior de la misma fuente actualizó estas filas: quite primero esa.</translation>
    </message>
    <message>
        <source>Made by a version of Milepost that did not keep the rows an import replaces: restore the backup taken before it instead (File &gt; Restore Backup…).</source>
        <translation>Hecha con una versión de Milepost que no guardaba las filas que reemplaza una importación: restaure en su lugar el respaldo hecho antes de ella (Archivo &gt; Restaurar respaldo…).</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Rows stored</source>
        <translation>Filas guardadas</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Filas leídas</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
</context>
<context>
    <name>milepost::ImportWizard</name>
    <message>
        <source>Import Data</source>
        <translation>Importar datos</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation>Importar datos</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
</context>
<context>
    <name>milepost::ImportedDataAction</name>
    <message>
        <source>I&amp;mported Data…</source>
        <translation>Da&amp;tos importados…</translation>
    </message>
    <message>
        <source>List the files imported into the database and remove an import with everything it added</source>
        <translation>Enumerar los archivos importados en la base de datos y quitar una importación con todo lo que agregó</translation>
    </message>
</context>
<context>
    <name>milepost::ImportedDataDialog</name>
    <message>
        <source>Imported Data</source>
        <translation>Datos importados</translation>
    </message>
    <message>
        <source>Every file imported into staffing, enrollment or capital projects, newest first. Removing an import takes out every row it added; for a re-import of a source, the rows it changed or removed come back as they were. Only the latest import of a source can be removed. The database is backed up first.</source>
        <translation>Cada archivo importado en personal, inscripción o proyectos de capital, del más reciente al más antiguo. Quitar una importación saca cada fila que agregó; en una reimportación de una fuente, las filas que cambió o quitó vuelven a quedar como estaban. Solo se puede quitar la importación más reciente de una fuente. Antes se respalda la base de datos.</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importaciones</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>Nothing has been imported into this database.</source>
        <translation>No se ha importado nada en esta base de datos.</translation>
    </message>
    <message numerus="yes">
        <source>%n imports.</source>
        <translation>
            <numerusform>%n importación.</numerusform>
            <numerusform>%n importaciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the import of “%1” into %2 (source “%3”, %4)?</source>
        <translation>¿Quitar la importación de “%1” en %2 (fuente “%3”, %4)?</translation>
    </message>
    <message>
        <source>The %1 it added will be removed, and the source with them: this is its only import.</source>
        <translation>Se quitará lo que agregó (%1), y la fuente con ello: es su única importación.</translation>
    </message>
    <message>
        <source>The %1 it added will be removed, and the %2 it changed or removed will be put back as they were.</source>
        <translation>Se quitará lo que agregó (%1), y lo que cambió o quitó (%2) volverá a quedar como estaba.</translation>
    </message>
    <message>
        <source>The database is backed up first (File &gt; Restore Backup…).</source>
        <translation>Antes se respalda la base de datos (Archivo &gt; Restaurar respaldo…).</translation>
    </message>
    <message>
        <source>Remove Import</source>
        <translation>Quitar importación</translation>
    </message>
</context>
<context>
    <name>milepost::KeyFigureTile</name>
    <message>
        <source>%1: %2</source>
        <comment>caption, value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1
Click, or press Enter, to show the rows behind this figure.</source>
        <comment>detail</comment>
        <translation>%1
Haga clic, o presione Intro, para mostrar las filas detrás de esta cifra.</translation>
    </message>
    <message numerus="yes">
        <source>Pooled from %n sources</source>
        <translation>
            <numerusform>Combina %n fuente</numerusform>
            <numerusform>Combina %n fuentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pooled from %n sources: %1.</source>
        <translation>
            <numerusform>Combina %n fuente: %1.</numerusform>
            <numerusform>Combina %n fuentes: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>milepost::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;System (%1)</source>
        <translation>&amp;Sistema (%1)</translation>
    </message>
    <message>
        <source>Takes effect when Milepost restarts</source>
        <translation>Se aplica al reiniciar Milepost</translation>
    </message>
</context>
<context>
    <name>milepost::MainWindow</name>
    <message>
        <source>Milepost</source>
        <translation>Milepost</translation>
    </message>
    <message>
        <source>Search the plan</source>
        <translation>Buscar en el plan</translation>
    </message>
    <message>
        <source>Search objectives and milestones (Ctrl+F)</source>
        <translation>Buscar objetivos e hitos (Ctrl+F)</translation>
    </message>
    <message>
        <source>Plan views</source>
        <translation>Vistas del plan</translation>
    </message>
    <message>
        <source>&amp;Outline</source>
        <translation>&amp;Esquema</translation>
    </message>
    <message>
        <source>Details of the selection</source>
        <translation>Detalles de la selección</translation>
    </message>
    <message>
        <source>T&amp;imeline</source>
        <translation>C&amp;ronograma</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Import findings</source>
        <translation>Hallazgos de la importación</translation>
    </message>
    <message>
        <source>Plan counts</source>
        <translation>Cifras del plan</translation>
    </message>
    <message>
        <source>No objective or milestone of the plan is on line %1.</source>
        <translation>Ningún objetivo ni hito del plan está en la línea %1.</translation>
    </message>
    <message>
        <source>Plan outline</source>
        <translation>Esquema del plan</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tablero</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Import Plan…</source>
        <translation>&amp;Importar plan…</translation>
    </message>
    <message>
        <source>Read a plan report and store it, replacing the plan from the same file</source>
        <translation>Leer el informe de un plan y guardarlo, reemplazando el plan del mismo archivo</translation>
    </message>
    <message>
        <source>The recorded progress could not be read: %1</source>
        <translation>No se pudo leer el avance registrado: %1</translation>
    </message>
    <message>
        <source>findings</source>
        <translation>hallazgos</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <source>table</source>
        <translation>tabla</translation>
    </message>
    <message>
        <source>capital projects</source>
        <translation>proyectos de capital</translation>
    </message>
    <message>
        <source>staffing</source>
        <translation>personal</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Cronograma</translation>
    </message>
    <message>
        <source>&amp;Findings Panel</source>
        <translation>Panel de &amp;hallazgos</translation>
    </message>
    <message>
        <source>&amp;Expand All</source>
        <translation>E&amp;xpandir todo</translation>
    </message>
    <message>
        <source>&amp;Collapse to Objectives</source>
        <translation>Co&amp;ntraer a objetivos</translation>
    </message>
    <message>
        <source>&amp;Report Order</source>
        <translation>&amp;Orden del informe</translation>
    </message>
    <message>
        <source>Undo any sorting and show the plan in the order of the report</source>
        <translation>Deshacer cualquier ordenación y mostrar el plan en el orden del informe</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Milepost</source>
        <translation>&amp;Acerca de Milepost</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Replace the Stored Plan?</source>
        <translation>¿Reemplazar el plan guardado?</translation>
    </message>
    <message>
        <source>“%1” does not look like a plan that was read correctly: %2.

Replace the stored plan with it anyway?</source>
        <translation>“%1” no parece un plan leído correctamente: %2.

¿Reemplazar el plan guardado con él de todos modos?</translation>
    </message>
    <message>
        <source>The stored plan was kept: %1.</source>
        <translation>Se conservó el plan guardado: %1.</translation>
    </message>
    <message>
        <source>Import Plan</source>
        <translation>Importar plan</translation>
    </message>
    <message>
        <source>Plan reports (*.txt *.md *.tsv);;All files (*)</source>
        <translation>Informes de plan (*.txt *.md *.tsv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>Falló la importación</translation>
    </message>
    <message>
        <source>Milepost could not import “%1”.</source>
        <translation>Milepost no pudo importar “%1”.</translation>
    </message>
    <message>
        <source>%1

The stored plan has not been changed.</source>
        <translation>%1

No se cambió el plan guardado.</translation>
    </message>
    <message>
        <source>Imported “%1”: %2 · %3 · %4</source>
        <translation>Se importó “%1”: %2 · %3 · %4</translation>
    </message>
    <message>
        <source>About Milepost</source>
        <translation>Acerca de Milepost</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Milepost %1&lt;/h3&gt;&lt;p&gt;Reads a district plan report into objectives and milestones, keeps it in a local database and shows what the import could not read.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Milepost is free software, licensed under the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Milepost %1&lt;/h3&gt;&lt;p&gt;Lee el informe de un plan del distrito y lo organiza en objetivos e hitos, lo guarda en una base de datos local y muestra lo que la importación no pudo leer.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Milepost es software libre, con licencia GNU General Public License, versión 3 o (a su elección) cualquier versión posterior (GPL-3.0-or-later).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 — Milepost</source>
        <translation>%1 — Milepost</translation>
    </message>
    <message>
        <source>The stored plan could not be read</source>
        <translation>No se pudo leer el plan guardado</translation>
    </message>
    <message>
        <source>No plan yet</source>
        <translation>Aún no hay plan</translation>
    </message>
    <message>
        <source>Use File › Import Plan… (Ctrl+I) to read a plan report. Milepost keeps it in its database and lists anything it could not read under Findings.</source>
        <translation>Use Archivo › Importar plan… (Ctrl+I) para leer el informe de un plan. Milepost lo guarda en su base de datos y enumera en Hallazgos todo lo que no pudo leer.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Showing %1 of %2 · %3 of %4 · %5</source>
        <comment>visible objectives, all objectives, visible milestones, ...</comment>
        <translation>Se muestran %1 de %2 · %3 de %4 · %5</translation>
    </message>
    <message>
        <source>The new language takes effect when Milepost restarts.</source>
        <translation>El nuevo idioma se aplica cuando Milepost se reinicia.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>Take &amp;Baseline…</source>
        <translation>Establecer &amp;línea base…</translation>
    </message>
    <message>
        <source>Keep the plan&apos;s dates as they are now under a name, to compare with later</source>
        <translation>Guardar las fechas del plan tal como están ahora con un nombre, para compararlas más adelante</translation>
    </message>
    <message>
        <source>B&amp;aseline Bars</source>
        <translation>Barras de &amp;línea base</translation>
    </message>
    <message>
        <source>%1 — %2 — Milepost</source>
        <comment>plan — database</comment>
        <translation>%1 — %2 — Milepost</translation>
    </message>
    <message>
        <source>%1 — Milepost</source>
        <comment>database</comment>
        <translation>%1 — Milepost</translation>
    </message>
    <message>
        <source>may import</source>
        <translation>puede importar</translation>
    </message>
    <message>
        <source>may record progress</source>
        <translation>puede registrar avance</translation>
    </message>
    <message>
        <source>read only</source>
        <translation>solo lectura</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>database (what the person may do)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The database this window shows</source>
        <translation>La base de datos que muestra esta ventana</translation>
    </message>
    <message>
        <source>The database server cannot be reached (%1). Nothing was saved; Milepost reconnects on its own, then save again.</source>
        <translation>No se puede acceder al servidor de la base de datos (%1). No se guardó nada; Milepost se vuelve a conectar por sí solo; luego guarde de nuevo.</translation>
    </message>
    <message>
        <source>Take Baseline</source>
        <translation>Tomar línea base</translation>
    </message>
    <message>
        <source>Keep the plan&apos;s dates as they are now under the name:</source>
        <translation>Guardar las fechas actuales del plan con el nombre:</translation>
    </message>
    <message>
        <source>Baseline of %1</source>
        <translation>Línea base del %1</translation>
    </message>
    <message>
        <source>The baseline was not kept: %1</source>
        <translation>No se guardó la línea base: %1</translation>
    </message>
    <message>
        <source>Baseline “%1” kept</source>
        <translation>Se guardó la línea base «%1»</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Ninguna</translation>
    </message>
    <message>
        <source>The baselines could not be read: %1</source>
        <translation>No se pudieron leer las líneas base: %1</translation>
    </message>
    <message>
        <source>As First Imported</source>
        <translation>Como se importó por primera vez</translation>
    </message>
    <message>
        <source>The baseline could not be read: %1</source>
        <translation>No se pudo leer la línea base: %1</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
</context>
<context>
    <name>milepost::MappingPage</name>
    <message>
        <source>Map the columns</source>
        <translation>Asignar las columnas</translation>
    </message>
    <message>
        <source>Choose the column that holds each field. Dates are read in the format you choose, never guessed; codes listed for a column are kept as “not applicable”.</source>
        <translation>Elija la columna que contiene cada campo. Las fechas se leen en el formato que elija, nunca se adivinan; los códigos indicados para una columna se guardan como “no aplicable”.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>About the profile</source>
        <translation>Acerca del perfil</translation>
    </message>
    <message>
        <source>&amp;Save as Profile…</source>
        <translation>&amp;Guardar como perfil…</translation>
    </message>
    <message>
        <source>Save this mapping as a profile</source>
        <translation>Guardar esta asignación como perfil</translation>
    </message>
    <message>
        <source>Fields and their columns</source>
        <translation>Campos y sus columnas</translation>
    </message>
    <message>
        <source>1,234.56 (decimal point)</source>
        <translation>1,234.56 (punto decimal)</translation>
    </message>
    <message>
        <source>1.234,56 (decimal comma)</source>
        <translation>1.234,56 (coma decimal)</translation>
    </message>
    <message>
        <source>Number format</source>
        <translation>Formato de número</translation>
    </message>
    <message>
        <source>Two-digit years below this are in the 2000s</source>
        <translation>Los años de dos dígitos menores que este son del 2000</translation>
    </message>
    <message>
        <source>A two-digit year below this number is in the 2000s, the others in the 1900s: with 30, 22 is 2022 and 45 is 1945.</source>
        <translation>Un año de dos dígitos menor que este número es del 2000, los demás del 1900: con 30, 22 es 2022 y 45 es 1945.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Importing a newer file into the same source updates its rows by key and removes the rows the new file no longer has; the report lists them.</source>
        <translation>Importar un archivo más nuevo en la misma fuente actualiza sus filas por clave y quita las filas que el nuevo archivo ya no tiene; el informe las enumera.</translation>
    </message>
    <message>
        <source>Whether the mapping can be used</source>
        <translation>Si la asignación se puede usar</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Perfil:</translation>
    </message>
    <message>
        <source>&amp;Numbers:</source>
        <translation>&amp;Números:</translation>
    </message>
    <message>
        <source>Two-digit &amp;years below:</source>
        <translation>&amp;Años de dos dígitos menores que:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>F&amp;uente:</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>personalizado</translation>
    </message>
    <message>
        <source>%1. Correct the file: no one format reads it.</source>
        <translation>%1. Corrija el archivo: ningún formato lo lee.</translation>
    </message>
    <message>
        <source>%1, but %2 reads it %3: choose %4.</source>
        <translation>%1, pero %2 lo lee %3: elija %4.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna en el archivo</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Formato de fecha</translation>
    </message>
    <message>
        <source>Codes for “not applicable”</source>
        <translation>Códigos de “no aplicable”</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Primer valor</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>%1 (%2): every row needs it</source>
        <translation>%1 (%2): toda fila lo necesita</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>— not in this file —</source>
        <translation>— no está en este archivo —</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Column for %1</source>
        <translation>Columna de %1</translation>
    </message>
    <message>
        <source>Date format of %1</source>
        <translation>Formato de fecha de %1</translation>
    </message>
    <message>
        <source>Y year (YYYY four digits, YY two), M month (MMM its name), D day</source>
        <translation>Y año (YYYY cuatro dígitos, YY dos), M mes (MMM su nombre), D día</translation>
    </message>
    <message>
        <source>Codes meaning %1 does not apply</source>
        <translation>Códigos que indican que %1 no aplica</translation>
    </message>
    <message>
        <source>e.g. N/A, PNS</source>
        <translation>p. ej. N/A, PNS</translation>
    </message>
    <message>
        <source>First value of %1</source>
        <translation>Primer valor de %1</translation>
    </message>
    <message>
        <source>Suggested from the file&apos;s header</source>
        <translation>Sugerido a partir del encabezado del archivo</translation>
    </message>
    <message>
        <source>fits this file</source>
        <translation>corresponde a este archivo</translation>
    </message>
    <message numerus="yes">
        <source>fits this file without %n optional column(s)</source>
        <translation>
            <numerusform>corresponde a este archivo sin %n columna opcional</numerusform>
            <numerusform>corresponde a este archivo sin %n columnas opcionales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) missing</source>
        <translation>
            <numerusform>falta %n columna</numerusform>
            <numerusform>faltan %n columnas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (built in; %2)</source>
        <translation>%1 (integrado; %2)</translation>
    </message>
    <message>
        <source>Columns whose names match a field are chosen; check them, and choose a date format where none could be told from the first rows.</source>
        <translation>Se eligen las columnas cuyo nombre coincide con un campo; revíselas y elija un formato de fecha donde no se pudo deducir de las primeras filas.</translation>
    </message>
    <message>
        <source>This file lacks its columns: %1.</source>
        <translation>A este archivo le faltan sus columnas: %1.</translation>
    </message>
    <message>
        <source>Not in this file, left empty: %1.</source>
        <translation>No están en este archivo, se dejan vacíos: %1.</translation>
    </message>
    <message>
        <source>%1, edited</source>
        <translation>%1, editado</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Name the source, so that a newer file of it can be imported over this one.</source>
        <translation>Ponga nombre a la fuente, para que un archivo más nuevo de ella se pueda importar sobre este.</translation>
    </message>
    <message>
        <source>Ready: every row of the file will be stored or listed with the reason it was not.</source>
        <translation>Listo: cada fila del archivo se guardará o se enumerará con el motivo por el que no se guardó.</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Save as Profile</source>
        <translation>Guardar como perfil</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>Nombre del perfil:</translation>
    </message>
    <message>
        <source>Saved from %1</source>
        <translation>Guardado desde %1</translation>
    </message>
    <message>
        <source>Saved as the profile “%1”.</source>
        <translation>Se guardó como el perfil “%1”.</translation>
    </message>
    <message>
        <source>&amp;Wide File…</source>
        <translation>Archivo anc&amp;ho…</translation>
    </message>
    <message>
        <source>Columns that are rows of their own</source>
        <translation>Columnas que son filas propias</translation>
    </message>
    <message>
        <source>For a file with one column per year or per grade</source>
        <translation>Para un archivo con una columna por año o por grado</translation>
    </message>
    <message>
        <source>Which columns are rows of their own</source>
        <translation>Qué columnas son filas propias</translation>
    </message>
    <message>
        <source>How to read</source>
        <translation>Cómo leer</translation>
    </message>
    <message>
        <source>More…</source>
        <translation>Más…</translation>
    </message>
    <message>
        <source>How to read %1</source>
        <translation>Cómo leer %1</translation>
    </message>
    <message>
        <source>A value for every row, part of the column, the unit of amounts, the file&apos;s words</source>
        <translation>Un valor para cada fila, parte de la columna, la unidad de los montos, las palabras del archivo</translation>
    </message>
    <message>
        <source>every row: %1</source>
        <translation>cada fila: %1</translation>
    </message>
    <message>
        <source>from the wide columns&apos; names</source>
        <translation>de los nombres de las columnas anchas</translation>
    </message>
    <message>
        <source>from the wide columns&apos; cells</source>
        <translation>de las celdas de las columnas anchas</translation>
    </message>
    <message>
        <source>⚠ %1 of %2 rows rejected: “%3”</source>
        <translation>⚠ %1 de %2 filas rechazadas: «%3»</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>line %1, “%2”: %3</source>
        <translation>línea %1, «%2»: %3</translation>
    </message>
    <message>
        <source>%1 fits none of the first %2 rows (%3). Choose another column, or list the value as a code for “not applicable”.</source>
        <translation>%1 no corresponde a ninguna de las primeras %2 filas (%3). Elija otra columna o anote el valor como código de «no aplica».</translation>
    </message>
    <message>
        <source>None of the first %1 rows can be stored (line %2: %3).</source>
        <translation>No se puede guardar ninguna de las primeras %1 filas (línea %2: %3).</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>%1 of the first %2 rows would be rejected (%3). They will be listed with the reason; you can go on.</source>
        <translation>Se rechazarían %1 de las primeras %2 filas (%3). Se listarán con el motivo; puede continuar.</translation>
    </message>
    <message>
        <source>The column “%1” feeds both %2 and %3; check that one column is meant for both.</source>
        <translation>La columna «%1» alimenta %2 y %3; verifique que una sola columna sirva para ambos.</translation>
    </message>
    <message>
        <source>Wide file: each column whose name matches “%1” is a row of its own, its name giving %2 and its cells %3.</source>
        <translation>Archivo ancho: cada columna cuyo nombre coincide con «%1» es una fila propia; su nombre da %2 y sus celdas, %3.</translation>
    </message>
    <message>
        <source>Each line of the file is one row.</source>
        <translation>Cada línea del archivo es una fila.</translation>
    </message>
</context>
<context>
    <name>milepost::MilestoneEditDialog</name>
    <message>
        <source>Edit Milestone</source>
        <translation>Editar hito</translation>
    </message>
    <message>
        <source>Add Milestone</source>
        <translation>Agregar hito</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;in %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;en %2</translation>
    </message>
    <message>
        <source>A new milestone in &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Un hito nuevo en &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>2022-10-15, Oct 2022, Q4-22, Ongoing or N/A</source>
        <translation>2022-10-15, Oct 2022, Q4-22, Ongoing o N/A</translation>
    </message>
    <message>
        <source>Q3-22, Q4-22; empty for none</source>
        <translation>Q3-22, Q4-22; vacío si no hay ninguno</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Planned &amp;start:</source>
        <translation>&amp;Inicio previsto:</translation>
    </message>
    <message>
        <source>Planned &amp;end:</source>
        <translation>&amp;Fin previsto:</translation>
    </message>
    <message>
        <source>&amp;Quarters marked:</source>
        <translation>Trimestres &amp;marcados:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Why the plan changed</source>
        <translation>Por qué cambió el plan</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;Fecha de corte:</translation>
    </message>
    <message>
        <source>The reporting date the edit speaks for; it may be earlier than today</source>
        <translation>La fecha de informe a la que corresponde la edición; puede ser anterior a hoy</translation>
    </message>
    <message>
        <source>The planned end %1 is before the planned start %2.</source>
        <translation>El fin previsto %1 es anterior al inicio previsto %2.</translation>
    </message>
    <message>
        <source>Nothing was changed: change a value, or cancel.</source>
        <translation>No se cambió nada: cambie un valor o cancele.</translation>
    </message>
</context>
<context>
    <name>milepost::ObjectiveEditDialog</name>
    <message>
        <source>Edit Objective</source>
        <translation>Editar objetivo</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Status as imported:</source>
        <translation>Estado según la importación:</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <source>Recorded &amp;status:</source>
        <translation>&amp;Estado registrado:</translation>
    </message>
    <message>
        <source>2023-06, Q2-23 or a day; empty for none</source>
        <translation>2023-06, Q2-23 o un día; vacío si no hay</translation>
    </message>
    <message>
        <source>&amp;Estimated completion:</source>
        <translation>&amp;Finalización estimada:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Why: what happened, what is needed</source>
        <translation>Por qué: qué pasó, qué se necesita</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;Al:</translation>
    </message>
    <message>
        <source>The reporting date the edit speaks for; it may be earlier than today</source>
        <translation>La fecha del informe a la que corresponde la edición; puede ser anterior a hoy</translation>
    </message>
    <message>
        <source>Nothing was changed: change the status or the estimate, or cancel.</source>
        <translation>No se cambió nada: cambie el estado o la finalización estimada, o cancele.</translation>
    </message>
</context>
<context>
    <name>milepost::OpenDatabaseAction</name>
    <message>
        <source>Open &amp;Database…</source>
        <translation>Abrir &amp;base de datos…</translation>
    </message>
    <message>
        <source>Open a Milepost database file or a database on a PostgreSQL server in a new window</source>
        <translation>Abrir un archivo de base de datos de Milepost o una base de datos en un servidor PostgreSQL en una ventana nueva</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <source>Milepost could not start a new window.</source>
        <translation>Milepost no pudo abrir una ventana nueva.</translation>
    </message>
    <message>
        <source>&amp;Database: a file, or a PostgreSQL server as postgresql://host/database, “host=… dbname=…” or service=NAME. A password is asked for when the server needs one; Milepost never stores it.</source>
        <translation>&amp;Base de datos: un archivo, o un servidor PostgreSQL como postgresql://host/database, «host=… dbname=…» o service=NOMBRE. Se pide una contraseña cuando el servidor la necesita; Milepost nunca la guarda.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Milepost databases (*.sqlite *.milepost *.db);;All files (*)</source>
        <translation>Bases de datos de Milepost (*.sqlite *.milepost *.db);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>milepost::PageOptionsDialog</name>
    <message>
        <source>Report Page Options</source>
        <translation>Opciones de página del informe</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño de papel</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>P&amp;ortrait</source>
        <translation>&amp;Vertical</translation>
    </message>
    <message>
        <source>&amp;Landscape</source>
        <translation>&amp;Horizontal</translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation>Orientación:</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientación</translation>
    </message>
    <message>
        <source>&amp;Readable scale, across as many pages as it needs</source>
        <translation>Escala &amp;legible, en tantas páginas como necesite</translation>
    </message>
    <message>
        <source>&amp;Fit to the page width</source>
        <translation>&amp;Ajustar al ancho de la página</translation>
    </message>
    <message>
        <source>Timeline scale</source>
        <translation>Escala del cronograma</translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>Cronograma:</translation>
    </message>
    <message>
        <source>no dated milestone</source>
        <translation>ningún hito con fecha</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>first and last quarter</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>The plan&apos;s &amp;quarters: %1</source>
        <translation>Los &amp;trimestres del plan: %1</translation>
    </message>
    <message>
        <source>&amp;Every date: %1</source>
        <translation>Todas las &amp;fechas: %1</translation>
    </message>
    <message>
        <source>&amp;Between</source>
        <translation>&amp;Entre</translation>
    </message>
    <message>
        <source>Timeline from</source>
        <translation>Cronograma desde</translation>
    </message>
    <message>
        <source>Timeline to</source>
        <translation>Cronograma hasta</translation>
    </message>
    <message>
        <source>Timeline dates</source>
        <translation>Fechas del cronograma</translation>
    </message>
    <message>
        <source>a&amp;nd</source>
        <translation>&amp;y</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Fechas:</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>&amp;Color</translation>
    </message>
    <message>
        <source>&amp;Greyscale</source>
        <translation>Escala de &amp;grises</translation>
    </message>
    <message>
        <source>Print in:</source>
        <translation>Imprimir en:</translation>
    </message>
    <message>
        <source>Colour or greyscale</source>
        <translation>Color o escala de grises</translation>
    </message>
    <message>
        <source>List progress recorded &amp;since</source>
        <translation>Enumerar el avance registrado &amp;desde</translation>
    </message>
    <message>
        <source>Changes since</source>
        <translation>Cambios desde</translation>
    </message>
    <message>
        <source>Changes:</source>
        <translation>Cambios:</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Idioma del informe</translation>
    </message>
    <message>
        <source>As the program (%1)</source>
        <translation>Como el programa (%1)</translation>
    </message>
    <message>
        <source>Lang&amp;uage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
</context>
<context>
    <name>milepost::PlanDetailsView</name>
    <message>
        <source>(missing)</source>
        <translation>(falta)</translation>
    </message>
    <message>
        <source>no date given</source>
        <translation>sin fecha indicada</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>&amp;Record Progress…</source>
        <translation>&amp;Registrar avance…</translation>
    </message>
    <message>
        <source>Record the milestone&apos;s status, percent, dates, owner and a note (Ctrl+E)</source>
        <translation>Registrar el estado, el porcentaje, las fechas, el responsable y una nota del hito (Ctrl+E)</translation>
    </message>
    <message>
        <source>MILESTONE</source>
        <translation>HITO</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>Trimestres</translation>
    </message>
    <message>
        <source>none marked</source>
        <translation>ninguno marcado</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Report line</source>
        <translation>Línea del informe</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>Reads as</source>
        <translation>Se lee como</translation>
    </message>
    <message>
        <source>Estimated completion</source>
        <translation>Finalización estimada</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>None stated.</source>
        <translation>Ninguno indicado.</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Narrativa</translation>
    </message>
    <message>
        <source>None given.</source>
        <translation>Ninguna indicada.</translation>
    </message>
    <message>
        <source>Milestones (%1)</source>
        <translation>Hitos (%1)</translation>
    </message>
    <message>
        <source>This objective has no implementation plan.</source>
        <translation>Este objetivo no tiene plan de implementación.</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Hito</translation>
    </message>
    <message>
        <source>PHASE</source>
        <translation>FASE</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <source>PLAN</source>
        <translation>PLAN</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Fases</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Select an objective or a milestone to read its objective, status and narrative.</source>
        <translation>Seleccione un objetivo o un hito para leer su objetivo, estado y narrativa.</translation>
    </message>
    <message>
        <source>Document heading</source>
        <translation>Encabezado del documento</translation>
    </message>
    <message>
        <source>Recorded status</source>
        <translation>Estado registrado</translation>
    </message>
    <message>
        <source>%1 (edited)</source>
        <translation>%1 (editado)</translation>
    </message>
    <message>
        <source>none (edited)</source>
        <translation>ninguno (editado)</translation>
    </message>
</context>
<context>
    <name>milepost::PlanEditActions</name>
    <message>
        <source>&amp;Add Milestone…</source>
        <translation>&amp;Agregar hito…</translation>
    </message>
    <message>
        <source>Add a milestone to the selected objective</source>
        <translation>Agregar un hito al objetivo seleccionado</translation>
    </message>
    <message>
        <source>Edit &amp;Milestone…</source>
        <translation>Editar &amp;hito…</translation>
    </message>
    <message>
        <source>Change the selected milestone&apos;s title, planned dates or quarter marks</source>
        <translation>Cambiar el título, las fechas previstas o las marcas de trimestre del hito seleccionado</translation>
    </message>
    <message>
        <source>&amp;Remove Milestone</source>
        <translation>&amp;Quitar hito</translation>
    </message>
    <message>
        <source>Take the selected milestone out of the plan; its history is kept</source>
        <translation>Quitar del plan el hito seleccionado; se conserva su historial</translation>
    </message>
    <message>
        <source>Edit &amp;Objective…</source>
        <translation>Editar &amp;objetivo…</translation>
    </message>
    <message>
        <source>Record the selected objective&apos;s status and estimated completion</source>
        <translation>Registrar el estado y la finalización estimada del objetivo seleccionado</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>add “%1”</source>
        <translation>agregar «%1»</translation>
    </message>
    <message>
        <source>Edit Milestone</source>
        <translation>Editar hito</translation>
    </message>
    <message>
        <source>edit “%1”</source>
        <translation>editar «%1»</translation>
    </message>
    <message>
        <source>Remove Milestone</source>
        <translation>Quitar hito</translation>
    </message>
    <message>
        <source>Remove “%1” from the plan?</source>
        <translation>¿Quitar «%1» del plan?</translation>
    </message>
    <message>
        <source>Its recorded progress and its history are kept, and Undo puts it back.</source>
        <translation>Se conservan su avance registrado y su historial, y Deshacer lo restablece.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>remove “%1”</source>
        <translation>quitar «%1»</translation>
    </message>
    <message>
        <source>Edit Objective</source>
        <translation>Editar objetivo</translation>
    </message>
    <message>
        <source>edit objective “%1”</source>
        <translation>editar el objetivo «%1»</translation>
    </message>
    <message>
        <source>Someone else edited the plan since it was read. Nothing was overwritten; the window now shows the latest plan.</source>
        <translation>Otra persona editó el plan después de que se leyó. No se sobrescribió nada; la ventana muestra ahora el plan más reciente.</translation>
    </message>
    <message>
        <source>The edit could not be saved. Nothing was changed.</source>
        <translation>No se pudo guardar la edición. No se cambió nada.</translation>
    </message>
    <message>
        <source>That is not a planned date: %1</source>
        <translation>No es una fecha prevista: %1</translation>
    </message>
    <message>
        <source>change the %1 to %2</source>
        <translation>cambiar el %1 a %2</translation>
    </message>
</context>
<context>
    <name>milepost::PlanEditController</name>
    <message>
        <source>Nothing was saved.</source>
        <translation>No se guardó nada.</translation>
    </message>
</context>
<context>
    <name>milepost::PlanImportModel</name>
    <message>
        <source>(not recorded)</source>
        <translation>(no registrado)</translation>
    </message>
    <message>
        <source>%1 (replaced later)</source>
        <translation>%1 (reemplazado después)</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Plan file</source>
        <translation>Archivo del plan</translation>
    </message>
    <message>
        <source>Milestones stored</source>
        <translation>Hitos guardados</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
</context>
<context>
    <name>milepost::PlanImportsPanel</name>
    <message>
        <source>&lt;b&gt;Plan imports&lt;/b&gt;</source>
        <translation>&lt;b&gt;Importaciones del plan&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Every plan file imported, newest first. A plan import can be removed when it was the first of its file and nothing has been recorded on its milestones since: progress, plan edits and baselines stay with the milestones, and an earlier edition an import replaced was not kept.</source>
        <translation>Cada archivo de plan importado, del más reciente al más antiguo. Una importación del plan se puede quitar si fue la primera de su archivo y desde entonces no se ha registrado nada en sus hitos: el avance, las ediciones del plan y las líneas base se quedan con los hitos, y la versión anterior que una importación reemplazó no se conservó.</translation>
    </message>
    <message>
        <source>Plan imports</source>
        <translation>Importaciones del plan</translation>
    </message>
    <message>
        <source>Remove &amp;Plan Import…</source>
        <translation>Quitar importación del &amp;plan…</translation>
    </message>
    <message>
        <source>No plan has been imported into this database.</source>
        <translation>No se ha importado ningún plan en esta base de datos.</translation>
    </message>
    <message numerus="yes">
        <source>%n plan imports. The selected one can be removed.</source>
        <translation>
            <numerusform>%n importación del plan. Se puede quitar la seleccionada.</numerusform>
            <numerusform>%n importaciones del plan. Se puede quitar la seleccionada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plan imports. The selected one cannot be removed: %1</source>
        <translation>
            <numerusform>%n importación del plan. La seleccionada no se puede quitar: %1</numerusform>
            <numerusform>%n importaciones del plan. La seleccionada no se puede quitar: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the import of the plan “%1” (%2, %n milestone(s))?</source>
        <translation>
            <numerusform>¿Quitar la importación del plan “%1” (%2, %n hito)?</numerusform>
            <numerusform>¿Quitar la importación del plan “%1” (%2, %n hitos)?</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan goes, with its objectives, milestones and findings; this was its file&apos;s only import and nothing has been recorded on it. The database is backed up first (File &gt; Restore Backup…).</source>
        <translation>Se quita el plan, con sus objetivos, hitos y hallazgos; esta fue la única importación de su archivo y no se ha registrado nada en él. Antes se respalda la base de datos (Archivo &gt; Restaurar respaldo…).</translation>
    </message>
    <message>
        <source>Remove Plan Import</source>
        <translation>Quitar importación del plan</translation>
    </message>
</context>
<context>
    <name>milepost::PlanMergeDialog</name>
    <message>
        <source>Merge the New Edition</source>
        <translation>Fusionar la nueva versión</translation>
    </message>
    <message>
        <source>&lt;b&gt;“%1” is a new edition of the stored plan.&lt;/b&gt; It is merged into it: every recorded update, plan edit and baseline stays with its milestone; a milestone the edition drops is kept with its history, marked removed; changed dates are recorded as plan edits, so the plan as of an earlier day still shows the old ones.</source>
        <translation>&lt;b&gt;“%1” es una nueva versión del plan guardado.&lt;/b&gt; Se fusiona con él: cada actualización, edición del plan y línea base registrada se queda con su hito; un hito que la nueva versión omite se conserva con su historial, marcado como quitado; las fechas cambiadas se registran como ediciones del plan, de modo que el plan a una fecha anterior sigue mostrando las antiguas.</translation>
    </message>
    <message>
        <source>&amp;Rename candidates: a removed and a new milestone (or objective) with alike titles. Check one to treat the two as the same milestone; unchecked, they are stored as removed and new.</source>
        <translation>Posibles cambios de &amp;nombre: un hito (u objetivo) quitado y uno nuevo con títulos parecidos. Marque uno para tratar ambos como el mismo hito; sin marcar, se guardan como quitado y nuevo.</translation>
    </message>
    <message>
        <source>Rename candidates</source>
        <translation>Posibles cambios de nombre</translation>
    </message>
    <message>
        <source>Treat as the same objective: %1</source>
        <translation>Tratar como el mismo objetivo: %1</translation>
    </message>
    <message>
        <source>Treat as the same milestone: %1</source>
        <translation>Tratar como el mismo hito: %1</translation>
    </message>
    <message>
        <source>&amp;What the import does:</source>
        <translation>&amp;Qué hace la importación:</translation>
    </message>
    <message>
        <source>What the import does</source>
        <translation>Qué hace la importación</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Hito</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>The new edition changes nothing in the plan.</source>
        <translation>La nueva versión no cambia nada en el plan.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) a person edited stay as the person set them; the edition&apos;s value is listed.</source>
        <translation>
            <numerusform>%n valor que editó una persona se queda como lo dejó esa persona; se muestra el valor de la nueva versión.</numerusform>
            <numerusform>%n valores que editó una persona se quedan como los dejó esa persona; se muestra el valor de la nueva versión.</numerusform>
        </translation>
    </message>
    <message>
        <source>New milestones (%1)</source>
        <translation>Hitos nuevos (%1)</translation>
    </message>
    <message>
        <source>added</source>
        <translation>agregado</translation>
    </message>
    <message>
        <source>Removed, kept with their history (%1)</source>
        <translation>Quitados, conservados con su historial (%1)</translation>
    </message>
    <message>
        <source>marked removed</source>
        <translation>marcado como quitado</translation>
    </message>
    <message>
        <source>Back in the plan (%1)</source>
        <translation>De vuelta en el plan (%1)</translation>
    </message>
    <message>
        <source>back, with its history</source>
        <translation>de vuelta, con su historial</translation>
    </message>
    <message>
        <source>Changed dates and titles, recorded as plan edits (%1)</source>
        <translation>Fechas y títulos cambiados, registrados como ediciones del plan (%1)</translation>
    </message>
    <message>
        <source>A person&apos;s edit kept over the new edition (%1)</source>
        <translation>Edición de una persona conservada frente a la nueva versión (%1)</translation>
    </message>
    <message>
        <source>Objectives (%1)</source>
        <translation>Objetivos (%1)</translation>
    </message>
    <message>
        <source>new objective</source>
        <translation>objetivo nuevo</translation>
    </message>
    <message>
        <source>removed, kept with its history</source>
        <translation>quitado, conservado con su historial</translation>
    </message>
    <message>
        <source>renamed from “%1”</source>
        <translation>renombrado (antes “%1”)</translation>
    </message>
    <message>
        <source>status “%1” → “%2”</source>
        <translation>estado “%1” → “%2”</translation>
    </message>
</context>
<context>
    <name>milepost::PlanPage</name>
    <message>
        <source>All milestones</source>
        <translation>Todos los hitos</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>A tiempo</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Atrasado</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin iniciar</translation>
    </message>
    <message>
        <source>Due this quarter</source>
        <translation>Vencen este trimestre</translation>
    </message>
    <message>
        <source>Show on the timeli&amp;ne</source>
        <translation>Mostrar en el crono&amp;grama</translation>
    </message>
    <message>
        <source>Show the rows of the table below in the outline and on the timeline, and only those</source>
        <translation>Mostrar las filas de la tabla de abajo en el esquema y en el cronograma, y solo esas</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Hito</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Objective status</source>
        <translation>Estado del objetivo</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Status line</source>
        <translation>Línea de estado</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <source>Plan as of %1</source>
        <translation>Plan al %1</translation>
    </message>
    <message>
        <source>No plan yet: import a plan report with File › Import Plan…</source>
        <translation>Aún no hay plan: importe el informe de un plan con Archivo › Importar plan…</translation>
    </message>
    <message>
        <source>of 1 milestone</source>
        <translation>de 1 hito</translation>
    </message>
    <message>
        <source>of %1 milestones</source>
        <translation>de %1 hitos</translation>
    </message>
    <message>
        <source>%1 completed · %2 in progress</source>
        <comment>counts</comment>
        <translation>%1 terminados · %2 en curso</translation>
    </message>
    <message>
        <source>All objectives</source>
        <translation>Todos los objetivos</translation>
    </message>
    <message>
        <source>and %1 due within %2 days</source>
        <comment>due soon count, days</comment>
        <translation>y %1 vencen en %2 días o menos</translation>
    </message>
    <message>
        <source>not done, ending in %1</source>
        <translation>no hecho, termina en %1</translation>
    </message>
    <message>
        <source>%1 deferred · %2 cancelled</source>
        <comment>counts</comment>
        <translation>%1 aplazados · %2 cancelados</translation>
    </message>
</context>
<context>
    <name>milepost::PlanTimelineModel</name>
    <message>
        <source>%1 (%2 – %3)</source>
        <comment>imprecise date, its first and last day</comment>
        <translation>%1 (%2 – %3)</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Continuo</translation>
    </message>
    <message>
        <source>“%1” (not applicable)</source>
        <translation>“%1” (no aplicable)</translation>
    </message>
    <message>
        <source>no date given</source>
        <translation>sin fecha indicada</translation>
    </message>
    <message>
        <source>missing (%1)</source>
        <translation>falta (%1)</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>No se pudo leer “%1”: %2</translation>
    </message>
    <message>
        <source>Spans %1 – %2</source>
        <comment>first and last day of a group</comment>
        <translation>Abarca %1 – %2</translation>
    </message>
    <message>
        <source>Some of its work is ongoing.</source>
        <translation>Parte de su trabajo es continuo.</translation>
    </message>
    <message>
        <source>No dated milestones.</source>
        <translation>Ningún hito con fecha.</translation>
    </message>
    <message>
        <source>Start: %1</source>
        <translation>Inicio: %1</translation>
    </message>
    <message>
        <source>End: %1</source>
        <translation>Fin: %1</translation>
    </message>
    <message>
        <source>Finding at line %1, column %2: %3</source>
        <translation>Hallazgo en la línea %1, columna %2: %3</translation>
    </message>
    <message>
        <source>Finding at line %1: %2</source>
        <translation>Hallazgo en la línea %1: %2</translation>
    </message>
    <message>
        <source>Status as of %1: %2 — %3</source>
        <comment>as-of date, status, reason</comment>
        <translation>Estado al %1: %2 — %3</translation>
    </message>
    <message>
        <source>Schedule: %1</source>
        <translation>Calendario: %1</translation>
    </message>
    <message>
        <source>Marked quarters: %1</source>
        <translation>Trimestres marcados: %1</translation>
    </message>
    <message>
        <source>Marked but outside the dates: %1</source>
        <translation>Marcados pero fuera de las fechas: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Covered by the dates but not marked: %1</source>
        <translation>Cubiertos por las fechas pero sin marcar: %1</translation>
    </message>
</context>
<context>
    <name>milepost::PlanTreeModel</name>
    <message>
        <source>%1 %2</source>
        <comment>objective title, parenthesised subtitle</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>objective title, subtitle</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 · est. %2</source>
        <comment>status, estimated completion</comment>
        <translation>%1 · est. %2</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Estimated completion: %1</source>
        <translation>Finalización estimada: %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>first and last quarter of a run</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between runs of quarters</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>objective count, milestone count</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1   (%2)</source>
        <comment>phase name, counts</comment>
        <translation>%1   (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1

Section: %2</source>
        <translation>%1

Sección: %2</translation>
    </message>
    <message>
        <source>%1% complete, as recorded</source>
        <translation>%1 % completado, según lo registrado</translation>
    </message>
    <message>
        <source>No percent complete recorded</source>
        <translation>No se registró porcentaje completado</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(falta)</translation>
    </message>
    <message>
        <source>no date given</source>
        <translation>sin fecha indicada</translation>
    </message>
    <message>
        <source>Missing date: %1</source>
        <translation>Fecha faltante: %1</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>No se pudo leer “%1”: %2</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Done %</source>
        <translation>% hecho</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>Trimestres</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>owner, office</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No owner recorded</source>
        <translation>Sin responsable registrado</translation>
    </message>
    <message>
        <source>Owner: %1
Office: %2</source>
        <comment>as recorded</comment>
        <translation>Responsable: %1
Oficina: %2</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
</context>
<context>
    <name>milepost::PreviewModel</name>
    <message>
        <source>Line %1 cannot be read as it is: %2</source>
        <translation>La línea %1 no se puede leer tal como está: %2</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields; the header has %3</source>
        <translation>La línea %1 tiene %2 campos; el encabezado tiene %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Column %1, named “%2” in the header</source>
        <translation>Columna %1, llamada “%2” en el encabezado</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Line %1 of the file</source>
        <translation>Línea %1 del archivo</translation>
    </message>
</context>
<context>
    <name>milepost::PreviewPage</name>
    <message>
        <source>Check how the file is read</source>
        <translation>Revise cómo se lee el archivo</translation>
    </message>
    <message>
        <source>These are the first rows as Milepost will read them. If the text looks wrong or everything is in one column, choose another encoding or delimiter.</source>
        <translation>Estas son las primeras filas tal como Milepost las leerá. Si el texto se ve mal o todo está en una sola columna, elija otra codificación o delimitador.</translation>
    </message>
    <message>
        <source>What was detected</source>
        <translation>Lo que se detectó</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Codificación</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Delimitador</translation>
    </message>
    <message>
        <source>As detected</source>
        <translation>Según lo detectado</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Primeras filas del archivo</translation>
    </message>
    <message>
        <source>Preview summary</source>
        <translation>Resumen de la vista previa</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codificación:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Delimitador:</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is read as &lt;b&gt;%2&lt;/b&gt; (%3), separated by &lt;b&gt;%4&lt;/b&gt; (%5).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; se lee como &lt;b&gt;%2&lt;/b&gt; (%3), separado por &lt;b&gt;%4&lt;/b&gt; (%5).</translation>
    </message>
    <message>
        <source>The file cannot be read this way: %1</source>
        <translation>El archivo no se puede leer así: %1</translation>
    </message>
    <message>
        <source>Header on line %1, %2 columns; the first %3 rows are shown.</source>
        <translation>Encabezado en la línea %1, %2 columnas; se muestran las primeras %3 filas.</translation>
    </message>
    <message numerus="yes">
        <source>%n of them (marked ⚠) cannot be read as they are and would be rejected; point at the line number for the reason.</source>
        <translation>
            <numerusform>%n de ellas (marcada con ⚠) no se puede leer tal como está y se rechazaría; señale el número de línea para ver el motivo.</numerusform>
            <numerusform>%n de ellas (marcadas con ⚠) no se pueden leer tal como están y se rechazarían; señale el número de línea para ver el motivo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>milepost::ProfileFileButtons</name>
    <message>
        <source>E&amp;xport Profile…</source>
        <translation>E&amp;xportar perfil…</translation>
    </message>
    <message>
        <source>Export this mapping as a profile file</source>
        <translation>Exportar esta asignación como archivo de perfil</translation>
    </message>
    <message>
        <source>Write this mapping to a file, to share it with colleagues</source>
        <translation>Escribir esta asignación en un archivo, para compartirla con colegas</translation>
    </message>
    <message>
        <source>I&amp;mport Profile…</source>
        <translation>I&amp;mportar perfil…</translation>
    </message>
    <message>
        <source>Import a profile file</source>
        <translation>Importar un archivo de perfil</translation>
    </message>
    <message>
        <source>Save a profile a colleague shared as a file</source>
        <translation>Guardar un perfil que un colega compartió como archivo</translation>
    </message>
    <message>
        <source>A different profile “%1” is already saved.</source>
        <translation>Ya hay guardado un perfil “%1” distinto.</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>perfil</translation>
    </message>
    <message>
        <source>Export Profile</source>
        <translation>Exportar perfil</translation>
    </message>
    <message>
        <source>Profiles (*.json)</source>
        <translation>Perfiles (*.json)</translation>
    </message>
    <message>
        <source>Exported the mapping to %1.</source>
        <translation>Se exportó la asignación a %1.</translation>
    </message>
    <message>
        <source>⚠ Not exported: %1</source>
        <translation>⚠ No se exportó: %1</translation>
    </message>
    <message>
        <source>Import Profile</source>
        <translation>Importar perfil</translation>
    </message>
    <message>
        <source>%1 Replace it with the one in %2?</source>
        <translation>%1 ¿Reemplazarlo con el de %2?</translation>
    </message>
    <message>
        <source>⚠ Not imported: %1</source>
        <translation>⚠ No se importó: %1</translation>
    </message>
    <message>
        <source>Saved the profile “%1” (%2) from %3.</source>
        <translation>Se guardó el perfil “%1” (%2) de %3.</translation>
    </message>
</context>
<context>
    <name>milepost::ProgressActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Record &amp;Progress…</source>
        <translation>Registrar &amp;avance…</translation>
    </message>
    <message>
        <source>Record the status, percent, dates, owner and a note of the selected milestones</source>
        <translation>Registrar el estado, el porcentaje, las fechas, el responsable y una nota de los hitos seleccionados</translation>
    </message>
    <message>
        <source>C&amp;hanges Since…</source>
        <translation>Cam&amp;bios desde…</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>Set &amp;Status</source>
        <translation>Definir &amp;estado</translation>
    </message>
    <message>
        <source>Not Recorded (Computed from Dates)</source>
        <translation>No registrado (calculado a partir de las fechas)</translation>
    </message>
    <message>
        <source>Record Progress</source>
        <translation>Registrar avance</translation>
    </message>
    <message>
        <source>progress of “%1”</source>
        <translation>avance de “%1”</translation>
    </message>
    <message>
        <source>progress of %1</source>
        <translation>avance de %1</translation>
    </message>
    <message>
        <source>Set Status</source>
        <translation>Definir estado</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>status %1 on %2</source>
        <translation>estado %1 en %2</translation>
    </message>
    <message>
        <source>%1 of milestone %2</source>
        <translation>%1 del hito %2</translation>
    </message>
    <message>
        <source>The update could not be saved. Nothing was changed.</source>
        <translation>No se pudo guardar la actualización. No se cambió nada.</translation>
    </message>
    <message>
        <source>Import &amp;Update Sheet…</source>
        <translation>Importar hoja de act&amp;ualización…</translation>
    </message>
    <message>
        <source>Read a filled-in progress update sheet, see what it changes, and store it</source>
        <translation>Leer una hoja de actualización llenada, ver qué cambia y guardarla</translation>
    </message>
    <message>
        <source>Export Update S&amp;heet…</source>
        <translation>Exportar &amp;hoja de actualización…</translation>
    </message>
    <message>
        <source>Write a sheet of milestones for an office to fill in with its progress</source>
        <translation>Escribir una hoja de hitos para que una oficina la llene con su avance</translation>
    </message>
    <message>
        <source>Export Update Sheet</source>
        <translation>Exportar hoja de actualización</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote an update sheet of %n milestone(s) to %1.</source>
        <translation>
            <numerusform>Se escribió una hoja de actualización de %n hito en %1.</numerusform>
            <numerusform>Se escribió una hoja de actualización de %n hitos en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send it to the office; when it comes back filled in, choose File › Import Update Sheet….</source>
        <translation>Envíela a la oficina; cuando vuelva llenada, elija Archivo › Importar hoja de actualización….</translation>
    </message>
    <message>
        <source>List what changed in the plan and its progress between two dates, such as since the last board report</source>
        <translation>Enumerar lo que cambió en el plan y en su avance entre dos fechas, por ejemplo desde el último informe a la Junta</translation>
    </message>
</context>
<context>
    <name>milepost::ProgressConflictDialog</name>
    <message>
        <source>(not recorded)</source>
        <translation>(no registrado)</translation>
    </message>
    <message>
        <source>Saved by Someone Else</source>
        <translation>Guardado por otra persona</translation>
    </message>
    <message>
        <source>Someone else saved progress on the same milestone while you were editing it. Nothing was overwritten: the window shows their values. Yours are below, beside theirs.</source>
        <translation>Otra persona guardó avance en el mismo hito mientras usted lo editaba. No se sobrescribió nada: la ventana muestra los valores de esa persona. Los suyos están abajo, junto a los de ella.</translation>
    </message>
    <message>
        <source>Your values and the values saved now</source>
        <translation>Sus valores y los valores guardados ahora</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Hito</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Yours (not saved)</source>
        <translation>Los suyos (sin guardar)</translation>
    </message>
    <message>
        <source>Theirs (saved)</source>
        <translation>De la otra persona (guardado)</translation>
    </message>
    <message>
        <source>milestone %1</source>
        <translation>hito %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 el %2</translation>
    </message>
    <message>
        <source>“%1” was saved since you read it by %2.</source>
        <translation>%2 guardó «%1» después de que usted lo leyó.</translation>
    </message>
    <message>
        <source>, then </source>
        <translation>, luego </translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>&amp;Keep Theirs</source>
        <translation>&amp;Conservar los de la otra persona</translation>
    </message>
    <message>
        <source>&amp;Save Mine Instead</source>
        <translation>&amp;Guardar los míos en su lugar</translation>
    </message>
    <message>
        <source>Record your values as a new update; the history keeps theirs</source>
        <translation>Registrar sus valores como una nueva actualización; el historial conserva los de la otra persona</translation>
    </message>
</context>
<context>
    <name>milepost::ProgressController</name>
    <message>
        <source>milestone %1: %2</source>
        <translation>hito %1: %2</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>No se guardó nada.</translation>
    </message>
    <message>
        <source>updates from %1</source>
        <translation>actualizaciones de %1</translation>
    </message>
</context>
<context>
    <name>milepost::ProgressDelegate</name>
    <message>
        <source>Recorded status</source>
        <translation>Estado registrado</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <source>Percent complete</source>
        <translation>Porcentaje completado</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
</context>
<context>
    <name>milepost::ProgressEditor</name>
    <message>
        <source>Record Progress on Several Milestones</source>
        <translation>Registrar avance de varios hitos</translation>
    </message>
    <message>
        <source>Record Progress</source>
        <translation>Registrar avance</translation>
    </message>
    <message>
        <source>(leave as it is)</source>
        <translation>(dejar como está)</translation>
    </message>
    <message>
        <source>Not recorded (computed from dates)</source>
        <translation>No registrado (calculado a partir de las fechas)</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, empty when not known</source>
        <translation>AAAA-MM-DD, vacío si no se sabe</translation>
    </message>
    <message>
        <source>&amp;Percent complete:</source>
        <translation>&amp;Porcentaje completado:</translation>
    </message>
    <message>
        <source>Actual s&amp;tart:</source>
        <translation>&amp;Inicio real:</translation>
    </message>
    <message>
        <source>Actual &amp;end:</source>
        <translation>&amp;Fin real:</translation>
    </message>
    <message>
        <source>&amp;Owner (person):</source>
        <translation>&amp;Responsable (persona):</translation>
    </message>
    <message>
        <source>O&amp;ffice:</source>
        <translation>&amp;Oficina:</translation>
    </message>
    <message>
        <source>Why: what happened, what is needed</source>
        <translation>Por qué: qué pasó, qué se necesita</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>The reporting date the update speaks for; it may be earlier than today</source>
        <translation>La fecha del informe a la que corresponde la actualización; puede ser anterior a hoy</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;Al:</translation>
    </message>
    <message>
        <source>Set a status, an owner or an office, or write a note.</source>
        <translation>Defina un estado, un responsable o una oficina, o escriba una nota.</translation>
    </message>
    <message>
        <source>Nothing was changed: change a value or write a note.</source>
        <translation>No se cambió nada: cambie un valor o escriba una nota.</translation>
    </message>
</context>
<context>
    <name>milepost::ProgressSheetDialog</name>
    <message>
        <source>Import Update Sheet</source>
        <translation>Importar hoja de actualización</translation>
    </message>
    <message>
        <source>No sheet chosen</source>
        <translation>No se eligió ninguna hoja</translation>
    </message>
    <message>
        <source>Update sheet</source>
        <translation>Hoja de actualización</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>&amp;Elegir archivo…</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Column for %1</source>
        <translation>Columna para %1</translation>
    </message>
    <message>
        <source>As the sheet&apos;s dates show</source>
        <translation>Como muestran las fechas de la hoja</translation>
    </message>
    <message>
        <source>Day first (D/M/YYYY)</source>
        <translation>Día primero (D/M/YYYY)</translation>
    </message>
    <message>
        <source>Month first (M/D/YYYY)</source>
        <translation>Mes primero (M/D/YYYY)</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Hoja:</translation>
    </message>
    <message>
        <source>&amp;Dates are written:</source>
        <translation>&amp;Fechas escritas:</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Hito</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Values the import will change</source>
        <translation>Valores que cambiará la importación</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Rows the import will reject</source>
        <translation>Filas que rechazará la importación</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazadas</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>— not in this sheet —</source>
        <translation>— no está en esta hoja —</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Read as %1, %2 (%3).</source>
        <translation>Leída como %1, %2 (%3).</translation>
    </message>
    <message>
        <source>Changes (%1)</source>
        <translation>Cambios (%1)</translation>
    </message>
    <message>
        <source>Rejected (%1)</source>
        <translation>Rechazadas (%1)</translation>
    </message>
    <message>
        <source>Nothing can be imported yet: %1. Choose how the dates are written.</source>
        <translation>Todavía no se puede importar nada: %1. Elija cómo están escritas las fechas.</translation>
    </message>
    <message>
        <source>Nothing can be imported: %1</source>
        <translation>No se puede importar nada: %1</translation>
    </message>
    <message>
        <source>%1 rows read: %2 will be updated, %3 unchanged, %4 rejected, %5 blank. Nothing is stored until you choose Import.</source>
        <translation>%1 filas leídas: %2 se actualizarán, %3 sin cambios, %4 rechazadas, %5 en blanco. No se guarda nada hasta que elija Importar.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n Update(s)</source>
        <translation>
            <numerusform>Importar %n actualización</numerusform>
            <numerusform>Importar %n actualizaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Not Imported</source>
        <translation>No importada</translation>
    </message>
    <message>
        <source>Someone else recorded an update for these milestones since the sheet was read. Nothing was stored; the preview now shows the values as they are.</source>
        <translation>Otra persona registró una actualización de estos hitos después de leer la hoja. No se guardó nada; la vista previa muestra ahora los valores actuales.</translation>
    </message>
    <message>
        <source>Nothing was stored: %1</source>
        <translation>No se guardó nada: %1</translation>
    </message>
</context>
<context>
    <name>milepost::ProgressSheetExportDialog</name>
    <message>
        <source>Export Update Sheet</source>
        <translation>Exportar hoja de actualización</translation>
    </message>
    <message>
        <source>An update sheet lists each milestone with its id, the values recorded now and empty columns for an office to fill in. It opens in Excel; Import Update Sheet… reads it back.</source>
        <translation>Una hoja de actualización lista cada hito con su id, los valores registrados ahora y columnas vacías para que una oficina las llene. Se abre en Excel; Importar hoja de actualización… la vuelve a leer.</translation>
    </message>
    <message>
        <source>&amp;Every milestone of the plan</source>
        <translation>&amp;Todos los hitos del plan</translation>
    </message>
    <message>
        <source>The milestones of one &amp;owner:</source>
        <translation>Los hitos de un &amp;responsable:</translation>
    </message>
    <message>
        <source>The milestones of one o&amp;ffice:</source>
        <translation>Los hitos de una o&amp;ficina:</translation>
    </message>
    <message>
        <source>Type a name</source>
        <translation>Escriba un nombre</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>update-sheet</source>
        <translation>hoja-de-actualizacion</translation>
    </message>
    <message>
        <source>update-sheet-%1</source>
        <translation>hoja-de-actualizacion-%1</translation>
    </message>
</context>
<context>
    <name>milepost::RemoveSampleAction</name>
    <message>
        <source>Remove &amp;Sample Data…</source>
        <translation>Quitar datos de &amp;muestra…</translation>
    </message>
    <message>
        <source>Remove the LAUSD sample staffing, enrollment and capital-project data that ships with Milepost</source>
        <translation>Quitar los datos de muestra de LAUSD de personal, inscripción y proyectos de capital que vienen con Milepost</translation>
    </message>
    <message>
        <source>Before removing the sample data</source>
        <translation>Antes de quitar los datos de muestra</translation>
    </message>
    <message>
        <source>Remove Sample Data</source>
        <translation>Quitar datos de muestra</translation>
    </message>
    <message>
        <source>Remove the LAUSD sample data (source “%1”) from staffing, enrollment and capital projects? Data you imported yourself stays.</source>
        <translation>¿Quitar los datos de muestra de LAUSD (fuente “%1”) de personal, inscripción y proyectos de capital? Los datos que usted importó se conservan.</translation>
    </message>
</context>
<context>
    <name>milepost::ReportActions</name>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>Save the table on screen, or a whole dataset, as a CSV file that Excel opens</source>
        <translation>Guardar la tabla en pantalla, o un conjunto de datos completo, como archivo CSV que Excel abre</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>Export PD&amp;F…</source>
        <translation>Exportar PD&amp;F…</translation>
    </message>
    <message>
        <source>Page &amp;Options…</source>
        <translation>&amp;Opciones de página…</translation>
    </message>
    <message>
        <source>Paper, orientation, timeline scale and dates, colour or greyscale</source>
        <translation>Papel, orientación, escala y fechas del cronograma, color o escala de grises</translation>
    </message>
    <message>
        <source>There is no table on screen to export.</source>
        <translation>No hay ninguna tabla en pantalla para exportar.</translation>
    </message>
    <message>
        <source>table</source>
        <translation>tabla</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1 to %2: %3</source>
        <translation>Se exportó %1 a %2: %3</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>The report could not be printed: %1</source>
        <translation>No se pudo imprimir el informe: %1</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Vista previa de impresión</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <source>milestone-report</source>
        <translation>informe-de-hitos</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Saved the report (%n page(s)) as %1.</source>
        <translation>
            <numerusform>Se guardó el informe (%n página) como %1.</numerusform>
            <numerusform>Se guardó el informe (%n páginas) como %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open PDF</source>
        <translation>&amp;Abrir PDF</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Mostrar en la &amp;carpeta</translation>
    </message>
    <message>
        <source>See the report of what the window shows page by page before printing</source>
        <translation>Ver página por página el informe de lo que muestra la ventana antes de imprimir</translation>
    </message>
    <message>
        <source>Print the report of what the window shows: the plan, or the dashboard page in front</source>
        <translation>Imprimir el informe de lo que muestra la ventana: el plan, o la página del tablero que está al frente</translation>
    </message>
    <message>
        <source>Save the report of what the window shows as a PDF file</source>
        <translation>Guardar como archivo PDF el informe de lo que muestra la ventana</translation>
    </message>
    <message>
        <source>dashboard-report</source>
        <translation>informe-del-tablero</translation>
    </message>
    <message>
        <source>Board Pac&amp;k…</source>
        <translation>Carpeta para la &amp;Junta…</translation>
    </message>
    <message>
        <source>Bind the plan&apos;s report and the dashboard&apos;s pages into one document for the board</source>
        <translation>Reunir el informe del plan y las páginas del tablero en un solo documento para la Junta</translation>
    </message>
    <message>
        <source>board-pack</source>
        <translation>carpeta-para-la-junta</translation>
    </message>
</context>
<context>
    <name>milepost::ReportPage</name>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Every row of the file was stored, rejected or blank. Rejected rows are listed with the line, column and reason; fix them in the file and import it again.</source>
        <translation>Cada fila del archivo se guardó, se rechazó o estaba en blanco. Las filas rechazadas se enumeran con la línea, la columna y el motivo; corríjalas en el archivo y vuelva a importarlo.</translation>
    </message>
    <message>
        <source>Import counts</source>
        <translation>Conteos de la importación</translation>
    </message>
    <message>
        <source>Rejected, blank, changed and gone rows</source>
        <translation>Filas rechazadas, en blanco, cambiadas y que ya no están</translation>
    </message>
    <message>
        <source>How many events are listed</source>
        <translation>Cuántos eventos se enumeran</translation>
    </message>
    <message>
        <source>&amp;Save Report as CSV…</source>
        <translation>&amp;Guardar informe como CSV…</translation>
    </message>
    <message>
        <source>Save the report as a CSV file</source>
        <translation>Guardar el informe como archivo CSV</translation>
    </message>
    <message>
        <source>Where the report was saved</source>
        <translation>Dónde se guardó el informe</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 rows read = %2 stored + %3 rejected + %4 blank&lt;/b&gt; (header on line %5; %6, %7).</source>
        <translation>&lt;b&gt;%1 filas leídas = %2 guardadas + %3 rechazadas + %4 en blanco&lt;/b&gt; (encabezado en la línea %5; %6, %7).</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Fases</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>%1 against the last import of “%2”: %3 new, %4 changed, %5 unchanged, %6 gone.</source>
        <translation>%1 frente a la última importación de “%2”: %3 altas, %4 con cambios, %5 sin cambios, %6 bajas.</translation>
    </message>
    <message>
        <source>Projects: %1 new, %2 changed, %3 unchanged, %4 gone.</source>
        <translation>Proyectos: %1 nuevos, %2 cambiados, %3 sin cambios, %4 ya no están.</translation>
    </message>
    <message>
        <source>Nothing to list: no row was rejected or blank, and nothing changed or went.</source>
        <translation>Nada que enumerar: ninguna fila se rechazó ni estaba en blanco, y nada cambió ni desapareció.</translation>
    </message>
    <message>
        <source>The first %1 of %2 are listed here; the saved report has all of them.</source>
        <translation>Aquí se enumeran las primeras %1 de %2; el informe guardado las tiene todas.</translation>
    </message>
    <message numerus="yes">
        <source>%n listed; the saved report has the same and the counts above.</source>
        <translation>
            <numerusform>%n enumerado; el informe guardado tiene lo mismo y los conteos de arriba.</numerusform>
            <numerusform>%n enumerados; el informe guardado tiene lo mismo y los conteos de arriba.</numerusform>
        </translation>
    </message>
    <message>
        <source>-import-report.csv</source>
        <translation>-informe-de-importacion.csv</translation>
    </message>
    <message>
        <source>Save Report as CSV</source>
        <translation>Guardar informe como CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Guardado en %1</translation>
    </message>
    <message>
        <source>⚠ Not saved: %1</source>
        <translation>⚠ No se guardó: %1</translation>
    </message>
</context>
<context>
    <name>milepost::RestoreBackupAction</name>
    <message>
        <source>Restore &amp;Backup…</source>
        <translation>&amp;Restaurar respaldo…</translation>
    </message>
    <message>
        <source>Put the database back as it was before an import, a plan import or a removal</source>
        <translation>Dejar la base de datos como estaba antes de una importación, una importación del plan o una eliminación</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>Restaurar respaldo</translation>
    </message>
    <message>
        <source>There are no backups of this database yet. Milepost takes one before the first import, plan import or removal into a database that holds data.</source>
        <translation>Aún no hay respaldos de esta base de datos. Milepost hace uno antes de la primera importación, importación del plan o eliminación en una base de datos que tiene datos.</translation>
    </message>
</context>
<context>
    <name>milepost::RestoreBackupDialog</name>
    <message>
        <source>Restore Backup</source>
        <translation>Restaurar respaldo</translation>
    </message>
    <message numerus="yes">
        <source>Milepost backs up the database before every import, plan import, removal and upgrade, and keeps the last %n. Restoring replaces everything in the database with the backup; the database as it is now is backed up first, so a restore can be undone in turn.</source>
        <translation>
            <numerusform>Milepost respalda la base de datos antes de cada importación, importación del plan, eliminación y actualización, y conserva el último respaldo. Restaurar reemplaza todo lo que hay en la base de datos con el respaldo; antes se respalda la base de datos tal como está ahora, así que una restauración también se puede deshacer.</numerusform>
            <numerusform>Milepost respalda la base de datos antes de cada importación, importación del plan, eliminación y actualización, y conserva los últimos %n. Restaurar reemplaza todo lo que hay en la base de datos con el respaldo; antes se respalda la base de datos tal como está ahora, así que una restauración también se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Hecho el</translation>
    </message>
    <message>
        <source>What followed</source>
        <translation>Qué siguió</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Respaldos</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(no registrado)</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
</context>
<context>
    <name>milepost::RowSetBar</name>
    <message>
        <source>Rows from the dashboard</source>
        <translation>Filas del tablero</translation>
    </message>
    <message>
        <source>Show every &amp;row</source>
        <translation>Mostrar todas las &amp;filas</translation>
    </message>
    <message>
        <source>Show the whole plan again (Esc in the outline or the timeline)</source>
        <translation>Mostrar de nuevo todo el plan (Esc en el esquema o el cronograma)</translation>
    </message>
    <message>
        <source>From the dashboard: %1</source>
        <translation>Del tablero: %1</translation>
    </message>
</context>
<context>
    <name>milepost::RunPage</name>
    <message>
        <source>The import runs in one transaction: until it has finished, nothing in Milepost changes, and Cancel leaves everything as it was.</source>
        <translation>La importación se ejecuta en una sola transacción: hasta que termine, nada cambia en Milepost, y Cancelar deja todo como estaba.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>What will be imported</source>
        <translation>Qué se importará</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <source>%p% read</source>
        <translation>%p % leído</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>Estado de la importación</translation>
    </message>
    <message>
        <source>&amp;Cancel Import</source>
        <translation>&amp;Cancelar importación</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Cancelar la importación</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Run the import again</source>
        <translation>Volver a ejecutar la importación</translation>
    </message>
    <message>
        <source>Import &lt;b&gt;%1&lt;/b&gt; into %2 with the profile “%3”, as the source “%4”.</source>
        <translation>Importar &lt;b&gt;%1&lt;/b&gt; en %2 con el perfil “%3”, como la fuente “%4”.</translation>
    </message>
    <message>
        <source>This source was imported before: its rows are updated by key, and rows this file no longer has are removed. The report lists what is new, changed and gone.</source>
        <translation>Esta fuente se importó antes: sus filas se actualizan por clave, y se quitan las filas que este archivo ya no tiene. El informe enumera lo nuevo, lo cambiado y lo que ya no está.</translation>
    </message>
    <message>
        <source>This source is new: every row the file has is added.</source>
        <translation>Esta fuente es nueva: se agrega cada fila del archivo.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The import could not start: %1</source>
        <translation>No se pudo iniciar la importación: %1</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>%1 of %2 read</source>
        <translation>%1 de %2 leídos</translation>
    </message>
    <message>
        <source>Done: %1 rows read, %2 stored, %3 rejected, %4 blank, %5 totals. Next shows the report.</source>
        <translation>Listo: %1 filas leídas, %2 guardadas, %3 rechazadas, %4 en blanco, %5 de totales. Siguiente muestra el informe.</translation>
    </message>
    <message>
        <source>The import is stored. Close keeps it; File &gt; Imported Data… removes it with everything it added.</source>
        <translation>La importación está guardada. Cerrar la conserva; Archivo &gt; Datos importados… la quita con todo lo que agregó.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Cancelada. No se cambió nada.</translation>
    </message>
    <message>
        <source>Not imported, and nothing was changed: %1</source>
        <translation>No se importó, y no se cambió nada: %1</translation>
    </message>
</context>
<context>
    <name>milepost::SampleBadge</name>
    <message>
        <source>Sample data</source>
        <translation>Muestra</translation>
    </message>
    <message>
        <source>Some of the rows behind this figure are marked illustrative: invented to fill a breakdown the source does not give. Open the figure to see its rows and which of them are illustrative.</source>
        <translation>Algunas de las filas detrás de esta cifra están marcadas como ilustrativas: inventadas para completar un desglose que la fuente no da. Abra la cifra para ver sus filas y cuáles son ilustrativas.</translation>
    </message>
    <message>
        <source>Sample data · %1</source>
        <comment>share of the figure</comment>
        <translation>Muestra · %1</translation>
    </message>
    <message>
        <source>&lt;1%</source>
        <comment>a share above 0 that rounds to 0%</comment>
        <translation>&lt;1 %</translation>
    </message>
    <message>
        <source>&gt;99%</source>
        <comment>a share below 100% that rounds to 100%</comment>
        <translation>&gt;99 %</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>percent</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Less than 1% of this figure is sample data.</source>
        <translation>Menos del 1 % de esta cifra son datos de muestra.</translation>
    </message>
    <message>
        <source>More than 99% of this figure is sample data.</source>
        <translation>Más del 99 % de esta cifra son datos de muestra.</translation>
    </message>
    <message>
        <source>%1% of this figure is sample data.</source>
        <translation>El %1 % de esta cifra son datos de muestra.</translation>
    </message>
</context>
<context>
    <name>milepost::StaffingPage</name>
    <message>
        <source>+%1</source>
        <comment>positive change</comment>
        <translation>+%1</translation>
    </message>
    <message>
        <source>All staffing rows</source>
        <translation>Todas las filas de personal</translation>
    </message>
    <message>
        <source>Hires</source>
        <translation>Contrataciones</translation>
    </message>
    <message>
        <source>Vacancies</source>
        <translation>Vacantes</translation>
    </message>
    <message>
        <source>Fill rate</source>
        <translation>Tasa de cobertura</translation>
    </message>
    <message>
        <source>Hires against the year before</source>
        <translation>Contrataciones frente al año anterior</translation>
    </message>
    <message>
        <source>Rows not added</source>
        <translation>Filas sin sumar</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Local District</source>
        <translation>Distrito Local</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <source>Employee group</source>
        <translation>Grupo de empleados</translation>
    </message>
    <message>
        <source>Job category</source>
        <translation>Categoría de puesto</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Puestos</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Muestra</translation>
    </message>
    <message>
        <source>illustrative</source>
        <translation>ilustrativo</translation>
    </message>
    <message>
        <source>Not added because</source>
        <translation>Sin sumar porque</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Staffing</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Staffing %1</source>
        <translation>Personal %1</translation>
    </message>
    <message>
        <source>No staffing data yet: import a staffing file with File › Import Data…</source>
        <translation>Aún no hay datos de personal: importe un archivo de personal con Archivo › Importar datos…</translation>
    </message>
    <message>
        <source>No staffing rows pass the filters up to the as-of date.</source>
        <translation>Ninguna fila de personal pasa los filtros hasta la fecha de corte.</translation>
    </message>
    <message>
        <source>School year %1, the latest with data up to the as-of date.</source>
        <translation>Ciclo escolar %1, el más reciente con datos hasta la fecha de corte.</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no value</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>no hires reported for %1</source>
        <translation>no se informaron contrataciones para %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <source>latest count in %1</source>
        <translation>último conteo en %1</translation>
    </message>
    <message>
        <source>%1 of %2 positions filled</source>
        <comment>filled, positions</comment>
        <translation>%1 de %2 puestos cubiertos</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>signed percent</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>no year to compare</source>
        <translation>no hay año con qué comparar</translation>
    </message>
    <message>
        <source>nothing to compare in %1</source>
        <translation>nada que comparar en %1</translation>
    </message>
    <message>
        <source>Staffing rows that pass the filters</source>
        <translation>Filas de personal que pasan los filtros</translation>
    </message>
    <message>
        <source>not reported in these files for %1</source>
        <translation>no se informa en estos archivos para %1</translation>
    </message>
    <message>
        <source>positions and vacancies not reported in these files</source>
        <translation>puestos y vacantes no informados en estos archivos</translation>
    </message>
    <message>
        <source>vs %1, where both years report hires: %2 against %3</source>
        <comment>previous year, hires now, hires before</comment>
        <translation>vs. %1, donde ambos años informan: %2 frente a %3</translation>
    </message>
    <message>
        <source>The staffing rows could not be counted: see the message above the pages.</source>
        <translation>No se pudieron contar las filas de personal: vea el mensaje sobre las páginas.</translation>
    </message>
</context>
<context>
    <name>milepost::StaffingTimelineModel</name>
    <message>
        <source>School year %1</source>
        <translation>Ciclo escolar %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>first and last day of a period</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>certificated</source>
        <translation>certificado</translation>
    </message>
    <message>
        <source>classified</source>
        <translation>clasificado</translation>
    </message>
    <message>
        <source>%1 hired</source>
        <comment>count</comment>
        <translation>%1 contratados</translation>
    </message>
    <message>
        <source>%1 vacant</source>
        <comment>count</comment>
        <translation>%1 vacantes</translation>
    </message>
    <message>
        <source>%1 positions</source>
        <comment>count</comment>
        <translation>%1 puestos</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>Local District, job category, period</source>
        <translation>Distrito, categoría, periodo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Hires</source>
        <translation>Contrataciones</translation>
    </message>
    <message>
        <source>Vacancies</source>
        <translation>Vacantes</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Puestos</translation>
    </message>
    <message>
        <source>No Local District given</source>
        <translation>Sin Distrito Local indicado</translation>
    </message>
    <message>
        <source>Local District %1</source>
        <translation>Distrito Local %1</translation>
    </message>
    <message>
        <source>No job category given</source>
        <translation>Sin categoría de puesto indicada</translation>
    </message>
    <message>
        <source>Periods reported: %1 – %2</source>
        <translation>Periodos informados: %1 – %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>period, site</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1, %2 (%3), Local District %4</source>
        <translation>%1, %2 (%3), Distrito Local %4</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No counts given.</source>
        <translation>No se indicaron conteos.</translation>
    </message>
    <message>
        <source>over</source>
        <translation>terminado</translation>
    </message>
    <message>
        <source>under way</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>ahead</source>
        <translation>por venir</translation>
    </message>
    <message>
        <source>As of %1 the period is %2.</source>
        <translation>Al %1 el periodo está %2.</translation>
    </message>
    <message>
        <source>Sample data (illustrative)</source>
        <translation>Datos de muestra (ilustrativos)</translation>
    </message>
    <message>
        <source>Local District</source>
        <translation>Distrito Local</translation>
    </message>
    <message>
        <source>Job category</source>
        <translation>Categoría de puesto</translation>
    </message>
</context>
<context>
    <name>milepost::TimelineChart</name>
    <message>
        <source>Timeline chart</source>
        <translation>Gráfico del cronograma</translation>
    </message>
    <message>
        <source>Scroll through time</source>
        <translation>Desplazarse en el tiempo</translation>
    </message>
    <message>
        <source>Click the bar, or press Enter, to open or close the group.</source>
        <translation>Haga clic en la barra, o presione Intro, para abrir o cerrar el grupo.</translation>
    </message>
</context>
<context>
    <name>milepost::TimelineHeader</name>
    <message>
        <source>Time scale</source>
        <translation>Escala de tiempo</translation>
    </message>
</context>
<context>
    <name>milepost::TimelineLegend</name>
    <message>
        <source>Timeline legend</source>
        <translation>Leyenda del cronograma</translation>
    </message>
    <message>
        <source>Done: darkest grey, solid. Overdue: dark grey, cross-hatched. On track: mid grey, lines rising to the right. Due soon: light grey, dots. Not started: white, grey lines falling to the right. </source>
        <translation>Hecho: gris más oscuro, sólido. Atrasado: gris oscuro, cuadriculado. A tiempo: gris medio, líneas que suben a la derecha. Vence pronto: gris claro, puntos. Sin iniciar: blanco, líneas grises que bajan a la derecha. </translation>
    </message>
    <message>
        <source>Done: dark blue, solid. On track: sky blue, lines rising to the right. Due soon: yellow, dots. Overdue: vermillion, cross-hatched. Not started: white, grey lines falling to the right. </source>
        <translation>Hecho: azul oscuro, sólido. A tiempo: azul cielo, líneas que suben a la derecha. Vence pronto: amarillo, puntos. Atrasado: bermellón, cuadriculado. Sin iniciar: blanco, líneas grises que bajan a la derecha. </translation>
    </message>
    <message>
        <source>A warning triangle marks a date that is not applicable or could not be read. Dark bars span phases and objectives.</source>
        <translation>Un triángulo de advertencia marca una fecha que no aplica o que no se pudo leer. Las barras oscuras abarcan fases y objetivos.</translation>
    </message>
    <message>
        <source>Quarter marks: a dot where the plan marks a quarter its dates reach, a ring where the dates do not reach it, a hollow square on a dashed line where the dates cover a quarter the plan leaves unmarked.</source>
        <translation>Marcas de trimestre: un punto donde el plan marca un trimestre al que llegan sus fechas, un anillo donde las fechas no llegan, un cuadrado hueco sobre una línea punteada donde las fechas cubren un trimestre que el plan deja sin marcar.</translation>
    </message>
    <message>
        <source>Phase ended: solid. Under way: lines rising to the right. Planned end within 30 days: dots. Open past its planned end: cross-hatched. Not begun: lines falling to the right. The bar runs over the planned dates, the thin dark line under it over the actual dates. A warning triangle marks a date the export gives as a code or leaves out. Dark bars span projects and districts.</source>
        <translation>Fase terminada: sólido. En curso: líneas que suben a la derecha. Fin previsto en 30 días o menos: puntos. Abierta después de su fin previsto: cuadriculado. Sin comenzar: líneas que bajan a la derecha. La barra cubre las fechas previstas, y la línea oscura delgada debajo, las fechas reales. Un triángulo de advertencia marca una fecha que la exportación da como código u omite. Las barras oscuras abarcan proyectos y distritos.</translation>
    </message>
    <message>
        <source>Period over: solid. Current period: lines rising to the right. Period ahead: lines falling to the right. Each bar is labelled with its hires, vacancies and positions. Dark bars span Local Districts and job categories.</source>
        <translation>Periodo pasado: sólido. Periodo actual: líneas que suben a la derecha. Periodo futuro: líneas que bajan a la derecha. Cada barra lleva sus contrataciones, vacantes y puestos. Las barras oscuras abarcan Distritos Locales y categorías de puesto.</translation>
    </message>
    <message>
        <source>The solid line is the as-of date, the dashed line today.</source>
        <translation>La línea continua es la fecha de corte; la punteada, hoy.</translation>
    </message>
    <message>
        <source>A thin grey bar under a milestone&apos;s bar spans its dates in the baseline.</source>
        <translation>Una barra gris delgada bajo la barra de un hito abarca sus fechas en la línea base.</translation>
    </message>
</context>
<context>
    <name>milepost::TimelineToolBar</name>
    <message>
        <source>Timeline</source>
        <translation>Cronograma</translation>
    </message>
    <message>
        <source>Timeline tools</source>
        <translation>Herramientas del cronograma</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Mo&amp;strar:</translation>
    </message>
    <message>
        <source>Rows on the timeline</source>
        <translation>Filas del cronograma</translation>
    </message>
    <message>
        <source>The plan&apos;s milestones, the capital projects&apos; phases or staffing by period, on the same time axis</source>
        <translation>Los hitos del plan, las fases de los proyectos de capital o el personal por periodo, en el mismo eje de tiempo</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Capital projects</source>
        <translation>Proyectos de capital</translation>
    </message>
    <message>
        <source>Staffing</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>A&amp;cercar</translation>
    </message>
    <message>
        <source>Show less time, in more detail</source>
        <translation>Mostrar menos tiempo, con más detalle</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <source>Show more time</source>
        <translation>Mostrar más tiempo</translation>
    </message>
    <message>
        <source>&amp;Fit All</source>
        <translation>A&amp;justar</translation>
    </message>
    <message>
        <source>Zoom to show every dated item</source>
        <translation>Ajustar la vista para mostrar todos los elementos con fecha</translation>
    </message>
    <message>
        <source>&amp;Quarters:</source>
        <translation>&amp;Trimestres:</translation>
    </message>
    <message>
        <source>Quarter scale</source>
        <translation>Escala de trimestres</translation>
    </message>
    <message>
        <source>First month of the fiscal year</source>
        <translation>Primer mes del año fiscal</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;Al:</translation>
    </message>
    <message>
        <source>As-of date</source>
        <translation>Fecha de corte</translation>
    </message>
    <message>
        <source>Statuses are computed for this date; the solid line marks it.</source>
        <translation>Los estados se calculan para esta fecha; la línea continua la marca.</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>As of today</source>
        <translation>Al día de hoy</translation>
    </message>
    <message>
        <source>Compute statuses as of today, and keep following today</source>
        <translation>Calcular los estados al día de hoy, y seguir el día de hoy</translation>
    </message>
    <message>
        <source>&amp;Go to As-of</source>
        <translation>&amp;Ir a la fecha</translation>
    </message>
    <message>
        <source>Scroll the chart to the as-of date</source>
        <translation>Desplazar el gráfico hasta la fecha de corte</translation>
    </message>
    <message>
        <source>Quarter &amp;Marks</source>
        <translation>&amp;Marcas</translation>
    </message>
    <message>
        <source>Show the plan&apos;s own ● quarter marks under each bar, to see where they and the dates disagree</source>
        <translation>Mostrar las marcas ● de trimestre del propio plan bajo cada barra, para ver dónde no coinciden con las fechas</translation>
    </message>
    <message>
        <source>Gre&amp;yscale</source>
        <translation>En &amp;grises</translation>
    </message>
    <message>
        <source>Draw the chart in shades of grey, as a black-and-white print shows it; the patterns keep the statuses apart</source>
        <translation>Dibujar el gráfico en tonos de gris, como se ve impreso en blanco y negro; los patrones distinguen los estados</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>action, shortcut</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Quarters by calendar year: 2022 Q3</source>
        <translation>Trimestres por año calendario: T3 2022</translation>
    </message>
    <message>
        <source>Fiscal</source>
        <translation>Fiscal</translation>
    </message>
    <message>
        <source>Quarters by fiscal year: FY23 Q1</source>
        <translation>Trimestres por año fiscal: T1 AF23</translation>
    </message>
    <message>
        <source>Label quarters by the calendar year or by the fiscal year</source>
        <translation>Rotular los trimestres por año calendario o por año fiscal</translation>
    </message>
    <message>
        <source>FY &amp;starts:</source>
        <translation>Inicio del A&amp;F:</translation>
    </message>
    <message>
        <source>The month the fiscal year starts in</source>
        <translation>El mes en que empieza el año fiscal</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Vista</translation>
    </message>
    <message>
        <source>Disp&amp;lay</source>
        <translation>V&amp;ista</translation>
    </message>
    <message>
        <source>Display options</source>
        <translation>Opciones de vista</translation>
    </message>
    <message>
        <source>Go to the as-of date, quarter marks, greyscale</source>
        <translation>Ir a la fecha de corte, marcas de trimestre, escala de grises</translation>
    </message>
</context>
<context>
    <name>milepost::TimelineView</name>
    <message>
        <source>Plan timeline</source>
        <translation>Cronograma del plan</translation>
    </message>
    <message>
        <source>Timeline outline</source>
        <translation>Esquema del cronograma</translation>
    </message>
    <message>
        <source>Vacancies</source>
        <translation>Vacantes</translation>
    </message>
    <message>
        <source>Capital projects timeline</source>
        <translation>Cronograma de proyectos de capital</translation>
    </message>
    <message>
        <source>Staffing timeline</source>
        <translation>Cronograma de personal</translation>
    </message>
    <message>
        <source>Nothing here matches the search.</source>
        <translation>Nada aquí coincide con la búsqueda.</translation>
    </message>
    <message>
        <source>No plan has been imported yet. File › Import Plan… reads one.</source>
        <translation>Aún no se ha importado ningún plan. Archivo › Importar plan… lee uno.</translation>
    </message>
    <message>
        <source>No capital projects have been imported yet. File › Import Data… reads a district&apos;s export of its projects and their phases; F5 reads them again.</source>
        <translation>Aún no se han importado proyectos de capital. Archivo › Importar datos… lee la exportación de un distrito con sus proyectos y sus fases; F5 los vuelve a leer.</translation>
    </message>
    <message>
        <source>No staffing has been imported yet. File › Import Data… reads a district&apos;s staffing figures; F5 reads them again.</source>
        <translation>Aún no se ha importado personal. Archivo › Importar datos… lee las cifras de personal de un distrito; F5 las vuelve a leer.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Reading the capital projects… Esc stops.</source>
        <translation>Leyendo los proyectos de capital… Esc detiene la lectura.</translation>
    </message>
    <message>
        <source>Reading the capital projects was stopped. F5 reads them again.</source>
        <translation>Se detuvo la lectura de los proyectos de capital. F5 los vuelve a leer.</translation>
    </message>
    <message>
        <source>Reading the staffing figures… Esc stops.</source>
        <translation>Leyendo las cifras de personal… Esc detiene la lectura.</translation>
    </message>
    <message>
        <source>Reading the staffing figures was stopped. F5 reads them again.</source>
        <translation>Se detuvo la lectura de las cifras de personal. F5 las vuelve a leer.</translation>
    </message>
    <message>
        <source>The staffing figures could not be read (%1). F5 tries again.</source>
        <translation>No se pudieron leer las cifras de personal (%1). F5 lo vuelve a intentar.</translation>
    </message>
</context>
<context>
    <name>milepost::WideColumnsDialog</name>
    <message>
        <source>Columns That Are Rows</source>
        <translation>Columnas que son filas</translation>
    </message>
    <message>
        <source>A wide file writes one column per year or per grade. Each column whose name matches the pattern becomes a row of its own; the other columns are repeated on each.</source>
        <translation>Un archivo ancho tiene una columna por año o por grado. Cada columna cuyo nombre coincide con el patrón se vuelve una fila propia; las demás columnas se repiten en cada una.</translation>
    </message>
    <message>
        <source>— not a wide file —</source>
        <translation>— no es un archivo ancho —</translation>
    </message>
    <message>
        <source>Field the column names give</source>
        <translation>Campo que dan los nombres de las columnas</translation>
    </message>
    <message>
        <source>Field the cells give</source>
        <translation>Campo que dan las celdas</translation>
    </message>
    <message>
        <source>Pattern of the wide columns&apos; names</source>
        <translation>Patrón de los nombres de las columnas anchas</translation>
    </message>
    <message>
        <source>e.g. Grade (.+)</source>
        <translation>p. ej., Grade (.+)</translation>
    </message>
    <message>
        <source>A regular expression over the whole column name, in any case: the field is its first group in parentheses, or the whole name.</source>
        <translation>Una expresión regular sobre todo el nombre de la columna, sin distinguir mayúsculas: el campo es su primer grupo entre paréntesis, o el nombre completo.</translation>
    </message>
    <message>
        <source>Column &amp;names give:</source>
        <translation>Los &amp;nombres de columna dan:</translation>
    </message>
    <message>
        <source>&amp;Cells give:</source>
        <translation>Las &amp;celdas dan:</translation>
    </message>
    <message>
        <source>Columns &amp;whose names match:</source>
        <translation>Columnas cuyo nombre co&amp;incide con:</translation>
    </message>
    <message>
        <source>Columns that become rows</source>
        <translation>Columnas que se vuelven filas</translation>
    </message>
    <message>
        <source>%1 has no number field for the cells.</source>
        <translation>%1 no tiene un campo numérico para las celdas.</translation>
    </message>
    <message>
        <source>The column names and the cells must give two different fields.</source>
        <translation>Los nombres de las columnas y las celdas deben dar dos campos distintos.</translation>
    </message>
    <message>
        <source>Give the pattern of the wide columns&apos; names.</source>
        <translation>Indique el patrón de los nombres de las columnas anchas.</translation>
    </message>
    <message>
        <source>The pattern is not a regular expression: %1.</source>
        <translation>El patrón no es una expresión regular: %1.</translation>
    </message>
    <message>
        <source>No column&apos;s name matches the pattern.</source>
        <translation>Ningún nombre de columna coincide con el patrón.</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Each line of the file is one row.</source>
        <translation>Cada línea del archivo es una fila.</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) become rows:</source>
        <translation>
            <numerusform>%n columna se vuelve filas:</numerusform>
            <numerusform>%n columnas se vuelven filas:</numerusform>
        </translation>
    </message>
</context>
</TS>
