package cn.gov.talent.shared;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * How many rows a list export carried (PIPL: the audit trail says how much personal data left, not only
 * that some did). The export reports the count while it writes; the download audit of
 * {@link PersonalDataDownload} reads it once the download was sent and writes it in the DOWNLOAD line.
 * Outside a request (a service called by the demo loader) reporting does nothing.
 */
public final class DownloadRows {

    /** The request attribute that holds the count, a {@link Long}. */
    public static final String ATTRIBUTE = DownloadRows.class.getName() + ".rows";

    private DownloadRows() {
    }

    /** The current request's download carried this many rows (people, applications, experts...). */
    public static void report(long rows) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(ATTRIBUTE, rows, RequestAttributes.SCOPE_REQUEST);
        }
    }

    /** The count an export reported on this request attribute value, or null when it reported none. */
    public static Long of(Object attribute) {
        return attribute instanceof Long rows ? rows : null;
    }
}
