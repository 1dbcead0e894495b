package cn.gov.talent.audit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.CurrentUser;
import cn.gov.talent.shared.DownloadRows;
import cn.gov.talent.shared.PersonalDataDownload;

/**
 * Every download marked {@link PersonalDataDownload} that was sent (200) is written to the audit trail:
 * who, when, from which address, what, the address and filters it was asked with, and for a list how
 * many rows it carried ({@link DownloadRows}, reported by the export). One place for every module's
 * exports and files, so a new export is audited by its annotation.
 */
@Component
class DownloadAuditing implements HandlerInterceptor, WebMvcConfigurer {

    private final AuditTrail audit;
    private final TransactionTemplate transaction;

    DownloadAuditing(AuditTrail audit, TransactionTemplate transaction) {
        this.audit = audit;
        this.transaction = transaction;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception failure) {
        if (failure != null || response.getStatus() != HttpServletResponse.SC_OK
                || !(handler instanceof HandlerMethod method)) {
            return;
        }
        PersonalDataDownload download = method.getMethodAnnotation(PersonalDataDownload.class);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (download == null || authentication == null
                || !(authentication.getPrincipal() instanceof CurrentUser user)) {
            return;
        }
        String asked = request.getQueryString() == null ? request.getRequestURI()
                : request.getRequestURI() + "?" + request.getQueryString();
        String what = AuditEntry.labels("download." + download.value());
        String address = asked.length() > 300 ? asked.substring(0, 300) : asked;
        // a list export reports how many rows it carried (DownloadRows); a single file reports none
        Long rows = DownloadRows.of(request.getAttribute(DownloadRows.ATTRIBUTE));
        AuditEntry entry = new AuditEntry(Actor.of(user), "DOWNLOAD", null, download.value(), "DOWNLOAD", null, null,
                null);
        AuditEntry noted = rows == null ? entry.withNote("audit.note.download", what, address)
                : entry.withNote("audit.note.download.rows", what, address, rows);
        transaction.executeWithoutResult(status -> audit.record(noted));
    }
}
