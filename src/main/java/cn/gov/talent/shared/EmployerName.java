package cn.gov.talent.shared;

/**
 * The employer an application names (工作单位) when its applicant applies through a bureau's desk (受理窗口,
 * 004 §二(三)2; ADR 0027): where they work, as they typed it, with the bureau that takes their application,
 * 自由职业（南昌市人社局受理）. It is a record printed on the 申报表 and in the public notice, so it is written
 * the one way those documents read, whatever the reader's language, as unit names are. Every place that
 * compares employers (an expert never reviews a colleague) compares the workplace part.
 */
public final class EmployerName {

    private static final String OPEN = "（";
    private static final String CLOSE = "受理）";

    private EmployerName() {
    }

    /** The employer's name of an application taken by the bureau's desk. */
    public static String throughDesk(String workplace, String bureau) {
        return workplace + OPEN + bureau + CLOSE;
    }

    /** Where the person works: the name without a desk's bureau, or the whole name when it has none. */
    public static String workplace(String employerName) {
        if (employerName == null || !employerName.endsWith(CLOSE)) {
            return employerName;
        }
        int open = employerName.lastIndexOf(OPEN);
        return open > 0 ? employerName.substring(0, open) : employerName;
    }
}
