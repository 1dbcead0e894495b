package cn.gov.talent.storage;

import java.util.Arrays;

import cn.gov.talent.storage.internal.MigrationCommand;

/**
 * The command that copies a directory of the local layout into the configured store (ADR 0037;
 * docs/deployment.md, Object storage): {@code java -jar talent-program.jar --talent.storage.type=s3 … 
 * --talent.storage.migrate-from=/srv/talent/files}. It starts only the store (no database, no web server, no
 * scheduled jobs), so it may run beside the running application, copies what the store lacks, and exits: 0 when
 * the store holds every file of the directory intact, 1 when some could not be copied (each is logged), 2 when
 * it could not run.
 */
public final class FileMigration {

    /** The option that asks for it, given on the command line only. */
    public static final String OPTION = "talent.storage.migrate-from";

    private FileMigration() {
    }

    /** Whether these command-line arguments ask for the migration rather than the application. */
    public static boolean requested(String... args) {
        return Arrays.stream(args).anyMatch(arg -> arg.startsWith("--" + OPTION + "="));
    }

    /** Runs the migration with these arguments and the usual configuration; the exit status. */
    public static int run(String... args) {
        return MigrationCommand.run(args);
    }
}
