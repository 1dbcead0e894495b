package cn.gov.talent.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a download that carries personal data (a list with names or ID numbers, a dossier's
 * attachment, a certificate): every one that is sent is written to the audit trail — who, when, which
 * download, with the address and filters it was asked with (PIPL; GB/T 35273).
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface PersonalDataDownload {

    /** What is downloaded, as a code named in the message bundles ({@code download.X}). */
    String value();
}
