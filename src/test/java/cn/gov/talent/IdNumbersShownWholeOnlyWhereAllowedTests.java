package cn.gov.talent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import cn.gov.talent.shared.IdNumberCipher;

/**
 * Who sees an ID number whole is a permission (architecture.md, Data scope; ADR 0022): the application
 * decrypts a whole number only for the office's ministry list. Everywhere else it asks the cipher for the
 * masked number, the birth date or the sex. A new call of {@link IdNumberCipher#decrypt} fails here until
 * the table in architecture.md and this list say who sees it and why.
 */
class IdNumbersShownWholeOnlyWhereAllowedTests {

    /**
     * The cipher itself (masking and deriving), the re-key step (it re-encrypts, shows nothing) and the
     * ministry list of a national-tier batch (OFFICE only: the ministry checks identities).
     */
    static final List<String> ALLOWED = List.of("cn.gov.talent.shared.IdNumberCipher",
            "cn.gov.talent.infrastructure.IdNumberColumns", "cn.gov.talent.publication.PublishedListExport");

    private final JavaClasses classes = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
            .importPackages("cn.gov.talent");

    @Test
    void onlyTheMinistryListDecryptsAWholeNumber() {
        rule(ALLOWED).check(classes);
    }

    /** The rule is no empty promise: without the list, the ministry list breaks it. */
    @Test
    void theRuleCatchesTheMinistryListWhenNotAllowed() {
        assertThat(rule(List.of()).evaluate(classes).getFailureReport().getDetails())
                .anyMatch(line -> line.contains("PublishedListExport"));
    }

    private static ArchRule rule(List<String> allowed) {
        return noClasses().that(DescribedPredicate.describe("are not " + allowed,
                        (JavaClass javaClass) -> allowed.stream().noneMatch(name -> javaClass.getName().equals(name)
                                || javaClass.getName().startsWith(name + "$"))))
                .should().callMethod(IdNumberCipher.class, "decrypt", String.class)
                .because("a whole ID number is shown only where architecture.md's Data scope table says");
    }
}
