package cn.gov.talent.shared;

import java.util.Set;

/**
 * 数据范围: which records a user may see, decided by role and place in the organisation tree.
 * Queries are narrowed by it in the repository layer, never only in the page.
 *
 * <ul>
 * <li>{@link Kind#ALL}: the program office and the supervisors see every unit.</li>
 * <li>{@link Kind#SUBTREE}: a recommending unit sees the subtree below its unit.</li>
 * <li>{@link Kind#UNIT}: an employer sees its own unit.</li>
 * <li>{@link Kind#OWN}: an applicant sees what they created.</li>
 * <li>{@link Kind#NONE}: everybody else (experts see assignments, not applications).</li>
 * </ul>
 */
public record DataScope(Kind kind, String unitPath, long unitId, long userId) {

    public enum Kind { ALL, SUBTREE, UNIT, OWN, NONE }

    /** The widest scope the user's roles give. */
    public static DataScope of(CurrentUser user) {
        return of(user.roles(), user.unitId(), user.unitPath(), user.id());
    }

    public static DataScope of(Set<Role> roles, long unitId, String unitPath, long userId) {
        if (roles.contains(Role.OFFICE) || roles.contains(Role.SUPERVISOR)) {
            return new DataScope(Kind.ALL, "/", unitId, userId);
        }
        if (roles.contains(Role.RECOMMENDER)) {
            return new DataScope(Kind.SUBTREE, unitPath, unitId, userId);
        }
        if (roles.contains(Role.EMPLOYER)) {
            return new DataScope(Kind.UNIT, unitPath, unitId, userId);
        }
        if (roles.contains(Role.APPLICANT)) {
            return new DataScope(Kind.OWN, unitPath, unitId, userId);
        }
        return new DataScope(Kind.NONE, null, unitId, userId);
    }

    /** Whether a record owned by {@code ownerId} in the unit at {@code recordUnitPath} is visible. */
    public boolean allows(String recordUnitPath, long recordUnitId, long ownerId) {
        return switch (kind) {
            case ALL -> true;
            case SUBTREE -> recordUnitPath != null && recordUnitPath.startsWith(unitPath);
            case UNIT -> recordUnitId == unitId;
            case OWN -> ownerId == userId;
            case NONE -> false;
        };
    }
}
