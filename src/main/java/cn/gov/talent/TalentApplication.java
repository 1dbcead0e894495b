package cn.gov.talent;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableAsync;

import cn.gov.talent.storage.FileMigration;

/**
 * 人才工程管理系统: runs a government talent program from the annual call to the
 * certificate and beyond. Each top-level package is a Spring Modulith module named
 * after a stage of the program.
 */
@SpringBootApplication
@EnableAsync
public class TalentApplication {

    /**
     * Starts the application; with {@code --talent.storage.migrate-from=<directory>}, only copies that directory
     * into the configured file store and exits with its status ({@link FileMigration}).
     */
    public static void main(String[] args) {
        if (FileMigration.requested(args)) {
            System.exit(FileMigration.run(args));
        }
        SpringApplication.run(TalentApplication.class, args);
    }
}
