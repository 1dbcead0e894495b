package cn.gov.talent;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * 人才工程管理系统: runs a government talent program from the annual call to the
 * certificate and beyond. Each top-level package is a Spring Modulith module named
 * after a stage of the program.
 */
@SpringBootApplication
@EnableAsync
public class TalentApplication {

    public static void main(String[] args) {
        SpringApplication.run(TalentApplication.class, args);
    }
}
