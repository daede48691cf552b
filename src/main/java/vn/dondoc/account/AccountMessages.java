package vn.dondoc.account;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of accounts: login, set-up, users and API tokens. Vietnamese (the default) here, English in {@code
 * messages/acc_en.properties}; templates use them as {@code {acc:key}}.
 */
@MessageBundle(value = "acc", locale = "vi")
public interface AccountMessages {

    // == accounts ==

    @Message("Đăng nhập")
    String login_title();

    @Message("Tên đăng nhập")
    String login_username();

    @Message("Mật khẩu")
    String login_password();

    @Message("Tên đăng nhập hoặc mật khẩu không đúng.")
    String login_error();

    @Message("Bạn đã đăng xuất.")
    String login_logged_out();

    @Message("Tạo tài khoản")
    String users_list_new();

    @Message("Trạng thái")
    String users_list_state();

    @Message("Đang hoạt động")
    String users_state_enabled();

    @Message("Đã khóa")
    String users_state_disabled();

    @Message("Tạo tài khoản")
    String users_new_title();

    @Message("Tạo tài khoản")
    String users_new_submit();

    @Message("Tài khoản")
    String users_edit_title();

    @Message("Tên đăng nhập")
    String users_field_username();

    @Message("Chữ thường không dấu, chữ số, dấu chấm, gạch dưới hoặc gạch ngang; từ 3 ký tự. Không đổi được sau khi tạo.")
    String users_field_username_hint();

    @Message("Họ và tên")
    String users_field_display_name();

    @Message("Thư điện tử")
    String users_field_email();

    @Message("Vai trò")
    String users_field_role();

    @Message("Cơ quan")
    String users_field_body();

    @Message("Bắt buộc với cán bộ cơ quan.")
    String users_field_body_hint();

    @Message("(Không thuộc cơ quan nào)")
    String users_field_body_none();

    @Message("Tài khoản đang hoạt động (bỏ chọn để khóa tài khoản)")
    String users_field_enabled();

    @Message("Mật khẩu ban đầu")
    String users_field_password();

    @Message("Ít nhất 10 ký tự; không chứa tên đăng nhập; không phải một mật khẩu phổ biến.")
    String users_field_password_hint();

    @Message("Mật khẩu mới")
    String users_field_new_password();

    @Message("Đặt lại mật khẩu")
    String users_password_title();

    @Message("Đặt mật khẩu mới")
    String users_password_submit();

    @Message("Lịch sử thay đổi")
    String users_history_title();

    @Message("Chưa có thay đổi nào.")
    String users_history_none();

    @Message("Đã tạo tài khoản.")
    String users_flash_created();

    @Message("Đã đặt mật khẩu mới. Các phiên đăng nhập của tài khoản này đã kết thúc.")
    String users_flash_password();

    @Message("Nhập tên đăng nhập")
    String users_error_username_missing();

    @Message("Tên đăng nhập chỉ gồm chữ thường không dấu, chữ số, dấu chấm, gạch dưới, gạch ngang, dài từ 3 đến 100 ký tự")
    String users_error_username_format();

    @Message("Tên đăng nhập này đã được dùng")
    String users_error_username_taken();

    @Message("Nhập họ và tên")
    String users_error_display_name_missing();

    @Message("Quá dài (tối đa 200 ký tự)")
    String users_error_too_long();

    @Message("Nhập địa chỉ thư điện tử đúng dạng, ví dụ ten@coquan.vn")
    String users_error_email();

    @Message("Chọn vai trò")
    String users_error_role();

    @Message("Cán bộ cơ quan phải thuộc một cơ quan: hãy chọn cơ quan")
    String users_error_body_required();

    @Message("Cơ quan này không tồn tại")
    String users_error_body_unknown();

    @Message("Mật khẩu phải có ít nhất 10 ký tự")
    String users_error_password_short();

    @Message("Mật khẩu quá dài (tối đa 72 byte)")
    String users_error_password_long();

    @Message("Nhập mật khẩu (không chỉ gồm dấu cách)")
    String users_error_password_blank();

    @Message("Mật khẩu không được chứa tên đăng nhập")
    String users_error_password_username();

    @Message("Mật khẩu này nằm trong danh sách các mật khẩu phổ biến nhất, rất dễ bị đoán: hãy chọn mật khẩu khác")
    String users_error_password_common();

    @Message("Hai lần nhập mật khẩu không giống nhau")
    String users_error_password_mismatch();

    @Message("Người khác vừa thay đổi tài khoản này. Hãy xem lại các trường rồi lưu lần nữa.")
    String users_error_changed_meanwhile();

    @Message("Đây là quản trị viên duy nhất còn hoạt động: không thể khóa hoặc đổi vai trò")
    String users_error_last_admin();

    @Message("Tạo quản trị viên đầu tiên")
    String setup_title();

    @Message("Hệ thống chưa có quản trị viên. Đường dẫn này chỉ dùng được một lần.")
    String setup_lead();

    @Message("Nhập lại mật khẩu")
    String setup_field_password_again();

    @Message("Tạo quản trị viên")
    String setup_submit();

    @Message("Đường dẫn thiết lập không hợp lệ, đã được dùng hoặc đã hết hạn. Khởi động lại ứng dụng để nhận đường dẫn mới trong nhật ký.")
    String setup_error_token();

    @Message("Đã tạo quản trị viên. Hãy đăng nhập.")
    String setup_flash_done();

    @Message("Đã đăng nhập sai nhiều lần. Hãy thử lại sau {seconds} giây.")
    String login_wait(long seconds);

    @Message("Không thể đăng nhập: biểu mẫu đã cũ hoặc được gửi từ một trang khác. Hãy đăng nhập lại trên trang này.")
    String login_refused();

    @Message("Đăng nhập bị làm chậm")
    String users_delay_title();

    @Message("{failures} lần đăng nhập sai gần đây: mỗi lần thử tiếp theo phải chờ lâu hơn.")
    String users_delay_failures(long failures);

    @Message("Lần thử tiếp theo phải chờ đến {until}.")
    String users_delay_until(String until);

    @Message("Bỏ chờ đăng nhập")
    String users_delay_submit();

    @Message("Đã bỏ chờ đăng nhập: tài khoản này đăng nhập được ngay.")
    String users_flash_unlocked();

    @Message("Mã truy cập API")
    String tokens_title();

    @Message("Chương trình khác (bảng tính, hệ thống của cơ quan) dùng mã truy cập để gọi API thay cho mật khẩu: gửi tiêu đề Authorization: Bearer kèm mã. Mỗi mã có quyền như tài khoản của bạn; thu hồi mã khi chương trình không còn dùng.")
    String tokens_lead();

    @Message("Tạo mã mới")
    String tokens_new_title();

    @Message("Tên mã")
    String tokens_field_name();

    @Message("Chương trình nào dùng mã này, ví dụ: Bảng tổng hợp của Văn phòng.")
    String tokens_field_name_hint();

    @Message("Hết hạn sau ngày")
    String tokens_field_expires();

    @Message("Không bắt buộc; dạng ngày/tháng/năm, ví dụ 31/12/2026. Để trống: dùng đến khi thu hồi.")
    String tokens_field_expires_hint();

    @Message("Tạo mã")
    String tokens_new_submit();

    @Message("Mã mới đã tạo")
    String tokens_created_title();

    @Message("Chép mã này ngay: nó chỉ hiện một lần, hệ thống không lưu mã mà chỉ lưu dấu băm của nó.")
    String tokens_created_once();

    @Message("Mã truy cập")
    String tokens_created_label();

    @Message("Ví dụ: curl -H \"Authorization: Bearer <mã>\" .../api/tasks")
    String tokens_created_use();

    @Message("Các mã của bạn")
    String tokens_list_title();

    @Message("Mã (đầu)")
    String tokens_col_token();

    @Message("Tạo lúc")
    String tokens_col_created();

    @Message("Dùng lần cuối")
    String tokens_col_last_used();

    @Message("Trạng thái")
    String tokens_col_state();

    @Message("Không hết hạn")
    String tokens_never();

    @Message("Đang dùng được")
    String tokens_state_active();

    @Message("Đã thu hồi")
    String tokens_state_revoked();

    @Message("Đã hết hạn")
    String tokens_state_expired();

    @Message("Thu hồi")
    String tokens_revoke();

    @Message("Chưa có mã nào.")
    String tokens_none();

    @Message("Nhập tên cho mã.")
    String tokens_error_name();

    @Message("Tên mã dài quá 100 ký tự.")
    String tokens_error_name_long();

    @Message("Ngày hết hạn không hợp lệ; nhập dạng ngày/tháng/năm, ví dụ 31/12/2026.")
    String tokens_error_expiry();

    @Message("Ngày hết hạn đã qua.")
    String tokens_error_expiry_past();

    @Message("Đã thu hồi mã: chương trình dùng mã này không gọi được API nữa.")
    String tokens_flash_revoked();

    @Message("Mã truy cập API")
    String tokens_admin_title();
}
