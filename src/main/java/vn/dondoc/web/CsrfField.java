package vn.dondoc.web;

import io.quarkus.csrf.reactive.runtime.CsrfTokenParameterProvider;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The CSRF token for the forms of a page ({@code {inject:csrfField.token}}). A request refused before the CSRF
 * filter ran (a POST by a user without the role) has none; its error page still renders, with forms that ask for
 * a fresh page before they work.
 */
@RequestScoped
@Named("csrfField")
public class CsrfField {

    @Inject
    CsrfTokenParameterProvider csrf;

    public String getToken() {
        try {
            return csrf.getToken();
        } catch (IllegalStateException e) {
            return "";
        }
    }
}
