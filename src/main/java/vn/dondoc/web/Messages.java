package vn.dondoc.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every text the pages show, in Vietnamese (the default); English in {@code messages/msg_en.properties}.
 * Keys are {@code <feature>_<page>_<element>}. Templates use them as {@code {msg:key}}.
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

    @Message("Đã có lỗi xảy ra")
    String error_500_title();

    @Message("Hệ thống gặp sự cố khi xử lý yêu cầu. Dữ liệu của bạn chưa bị thay đổi. Hãy thử lại sau.")
    String error_500_text();

    @Message("Về trang chủ")
    String error_back_home();

    // == accounts ==
    @Message("Đăng nhập")
    String login_title();

    @Message("Tên đăng nhập")
    String login_username();

    @Message("Mật khẩu")
    String login_password();

    @Message("Tên đăng nhập hoặc mật khẩu không đúng, hoặc đã đăng nhập sai quá nhiều lần. Hãy thử lại sau ít phút.")
    String login_error();

    @Message("Bạn đã đăng xuất.")
    String login_logged_out();

    @Message("Quản trị viên")
    String role_ADMIN();

    @Message("Chuyên viên theo dõi")
    String role_CLERK();

    @Message("Cán bộ cơ quan")
    String role_STAFF();

    @Message("Người xem")
    String role_VIEWER();

    // == tasks ==

    // == importer ==

    // == bodies ==

    // == reports ==

    // == daily use ==
    @Message("[Đôn đốc] {counts} — {body}")
    String reminder_mail_subject(String counts, String body);

    @Message("{count} nhiệm vụ sắp đến hạn")
    String reminder_mail_due(int count);

    @Message("{count} nhiệm vụ quá hạn")
    String reminder_mail_overdue(int count);

    @Message("Kính gửi cán bộ {body},")
    String reminder_mail_greeting(String body);

    @Message("Hệ thống Đôn đốc xin thông báo các nhiệm vụ của cơ quan đã quá hạn hoặc đến hạn trong {days} ngày tới.")
    String reminder_mail_intro(int days);

    @Message("QUÁ HẠN ({count})")
    String reminder_mail_overdue_heading(int count);

    @Message("SẮP ĐẾN HẠN ({count})")
    String reminder_mail_due_heading(int count);

    @Message("Hạn")
    String reminder_mail_deadline();

    @Message("Văn bản")
    String reminder_mail_directive();

    @Message("quá hạn {days} ngày")
    String reminder_mail_days_late(long days);

    @Message("còn {days} ngày")
    String reminder_mail_days_left(long days);

    @Message("đến hạn hôm nay")
    String reminder_mail_due_today();

    @Message("chủ trì")
    String daily_role_LEAD();

    @Message("phối hợp")
    String daily_role_SUPPORT();

    @Message("Thư gửi tự động hằng ngày. Cập nhật tiến độ tại {url}")
    String reminder_mail_footer(String url);

    @Message("Hạn nhiệm vụ — {body}")
    String calendar_name(String body);

    @Message("Văn bản: {directive}\nVai trò: {role}")
    String calendar_description(String directive, String role);

}
