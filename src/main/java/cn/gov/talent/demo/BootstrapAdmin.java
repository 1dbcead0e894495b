package cn.gov.talent.demo;

import java.util.EnumSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

import cn.gov.talent.organization.Accounts;
import cn.gov.talent.organization.Organization;
import cn.gov.talent.organization.Sector;
import cn.gov.talent.organization.UnitForm;
import cn.gov.talent.organization.UnitKind;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.Role;

/**
 * In production nothing is preloaded: the first administrator (and the root unit) are created
 * from {@code TALENT_BOOTSTRAP_ADMIN_PASSWORD}, once, when no administrator exists.
 */
@Component
@Profile("prod")
class BootstrapAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final Accounts accounts;
    private final Organization organization;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate transaction;
    private final String password;

    BootstrapAdmin(Accounts accounts, Organization organization, PasswordEncoder passwordEncoder,
            TransactionTemplate transaction, @Value("${talent.bootstrap.admin-password:}") String password) {
        this.accounts = accounts;
        this.organization = organization;
        this.passwordEncoder = passwordEncoder;
        this.transaction = transaction;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.anyWithRole(Role.ADMIN)) {
            return;
        }
        if (!StringUtils.hasText(password)) {
            log.warn("No administrator exists; set TALENT_BOOTSTRAP_ADMIN_PASSWORD to create one at start-up");
            return;
        }
        transaction.executeWithoutResult(status -> {
            long rootId = organization.tree().stream().filter(unit -> unit.parentId() == null).findFirst()
                    .map(unit -> unit.id()).orElseGet(() -> {
                        var form = new UnitForm();
                        form.setCode("ROOT");
                        form.setName("人才工程领导小组办公室");
                        form.setKind(UnitKind.OFFICE);
                        form.setSector(Sector.PUBLIC);
                        return organization.createUnit(form, Actor.system("bootstrap")).id();
                    });
            accounts.createWithHash("admin", passwordEncoder.encode(password), "系统管理员", rootId,
                    EnumSet.of(Role.ADMIN));
        });
        log.info("Created the administrator account 'admin'");
    }
}
