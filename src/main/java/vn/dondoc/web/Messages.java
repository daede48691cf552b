package vn.dondoc.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The shell's texts: layout, menu, error pages, form tags, flash words and roles. Vietnamese (the default) here,
 * English in {@code messages/msg_en.properties}; templates use them as {@code {msg:key}}.
 */
@MessageBundle(value = "msg", locale = "vi")
public interface Messages {

    // == layout and shared words ==

    @Message("vi")
    String app_lang();

    @Message("Đôn đốc")
    String app_name();

    @Message("Theo dõi, đôn đốc thực hiện nhiệm vụ")
    String app_tagline();

    @Message("Chuyển đến nội dung chính")
    String layout_skip();

    @Message("Trang chủ")
    String nav_home();

    @Message("Nhiệm vụ")
    String nav_tasks();

    @Message("Nhập văn bản")
    String nav_import();

    @Message("Cơ quan")
    String nav_bodies();

    @Message("Văn bản")
    String nav_directives();

    @Message("Báo cáo")
    String nav_reports();

    @Message("Quản trị")
    String nav_admin();

    @Message("Đăng xuất")
    String nav_logout();

    @Message("English")
    String nav_other_language();

    @Message("en")
    String nav_other_language_code();

    @Message("Điều hướng chính")
    String nav_label();

    @Message("Đã lưu.")
    String flash_saved();

    @Message("Có lỗi")
    String form_error_summary();

    @Message("Lưu")
    String form_save();

    @Message("Hủy")
    String form_cancel();

    @Message("Không tìm thấy trang")
    String error_404_title();

    @Message("Trang hoặc bản ghi bạn tìm không tồn tại, hoặc đã bị xóa.")
    String error_404_text();

    @Message("Không có quyền truy cập")
    String error_403_title();

    @Message("Tài khoản của bạn không được phép xem hoặc thay đổi nội dung này.")
    String error_403_text();

    @Message("Yêu cầu không hợp lệ")
    String error_400_title();

    @Message("Biểu mẫu đã hết hạn hoặc không hợp lệ. Hãy tải lại trang và thử lại.")
    String error_400_text();

    @Message("Biểu mẫu quá lớn")
    String error_413_title();

    @Message("Biểu mẫu gửi quá nhiều mục hoặc quá nhiều dữ liệu một lần. Hãy chọn ít mục hơn rồi gửi lại.")
    String error_413_text();

    @Message("Đã có lỗi xảy ra")
    String error_500_title();

    @Message("Hệ thống gặp sự cố khi xử lý yêu cầu. Dữ liệu của bạn chưa bị thay đổi. Hãy thử lại sau.")
    String error_500_text();

    @Message("Về trang chủ")
    String error_back_home();

    // == reports ==

    @Message("Ngày/tháng/năm, ví dụ 30/09/2024")
    String form_date_hint();

    // == daily use ==

    @Message("Hệ thống (nhập văn bản mẫu)")
    String actor_system();

    @Message("Quay lại trang vừa xem")
    String error_back_record();

    // == follow-up ==

    @Message("Văn bản đôn đốc")
    String letter_link();

    // == accounts ==

    /** The name of a role, from the {@code role_*} messages (no English entry of its own). */
    @Message("{#when role}{#is ADMIN}{msg:role_ADMIN}{#is CLERK}{msg:role_CLERK}{#is STAFF}{msg:role_STAFF}"
            + "{#is VIEWER}{msg:role_VIEWER}{/when}")
    String role(AppRole role);

    @Message("Quản trị viên")
    String role_ADMIN();

    @Message("Chuyên viên theo dõi")
    String role_CLERK();

    @Message("Cán bộ cơ quan")
    String role_STAFF();

    @Message("Người xem")
    String role_VIEWER();

    @Message("Mã truy cập API")
    String tokens_nav();
}
