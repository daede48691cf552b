package vn.dondoc.task;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.dondoc.web.CurrentUser;

/** The logged-in user's saved views, for any page that lists them: {@code {inject:savedViews.mine}}. */
@RequestScoped
@Named("savedViews")
public class SavedViews {

    @Inject
    CurrentUser currentUser;

    private List<SavedView> mine;

    public List<SavedView> getMine() {
        if (mine == null) {
            mine = currentUser.isLoggedIn() ? SavedView.of(currentUser.getName()) : List.of();
        }
        return mine;
    }
}
