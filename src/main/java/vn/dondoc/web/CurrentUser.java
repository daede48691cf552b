package vn.dondoc.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The logged-in user as pages and resources ask about it: {@code {inject:currentUser.clerk}}. */
@RequestScoped
@Named("currentUser")
public class CurrentUser {

    /** The identity attributes that name the user's body, set by the identity providers of the accounts. */
    public static final String ATTRIBUTE_BODY_ID = "bodyId";
    public static final String ATTRIBUTE_BODY_CODE = "bodyCode";

    @Inject
    SecurityIdentity identity;

    public boolean isLoggedIn() {
        return !identity.isAnonymous();
    }

    public String getName() {
        return identity.isAnonymous() ? "" : identity.getPrincipal().getName();
    }

    public boolean isAdmin() {
        return identity.hasRole(AppRole.ADMIN_ROLE);
    }

    /** Administrators and clerks import directives and edit any task. */
    public boolean isClerk() {
        return isAdmin() || identity.hasRole(AppRole.CLERK_ROLE);
    }

    public boolean isStaff() {
        return identity.hasRole(AppRole.STAFF_ROLE);
    }

    /** The id of the user's body, or null. */
    public Long getBodyId() {
        Object id = identity.getAttribute(ATTRIBUTE_BODY_ID);
        return id instanceof Long l ? l : null;
    }

    public String getBodyCode() {
        Object code = identity.getAttribute(ATTRIBUTE_BODY_CODE);
        return code instanceof String s ? s : null;
    }

    /**
     * Every logged-in user reads every task's page; the files given with its results, which may hold more than the
     * page, open only for the bodies the task is given to, and for clerks, administrators and viewers (leaders).
     */
    public boolean mayOpenFilesOf(java.util.Collection<Long> ownerBodyIds) {
        if (!isLoggedIn()) {
            return false;
        }
        if (!isStaff() || isClerk()) {
            return true;
        }
        return getBodyId() != null && ownerBodyIds.contains(getBodyId());
    }

    /** Clerks change any assignment; body staff only their own body's. */
    public boolean mayUpdateBody(Long bodyId) {
        return isClerk() || isStaff() && bodyId != null && bodyId.equals(getBodyId());
    }
}
