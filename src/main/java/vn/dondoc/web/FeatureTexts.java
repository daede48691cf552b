package vn.dondoc.web;

import java.util.List;

/**
 * A feature's message bundles, made known to {@link Texts} for keys looked up at run time (form errors, flash
 * messages): each feature with bundles of its own has one bean of this type, so the shell names none of them.
 */
public interface FeatureTexts {

    /** The feature's {@code @MessageBundle} interfaces. */
    List<Class<?>> bundles();
}
