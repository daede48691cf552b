package vn.dondoc.reminder;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of daily e-mails and reminder letters. Vietnamese (the default) here, English in {@code
 * messages/reminder_en.properties}; templates use them as {@code {reminder:key}}.
 */
@MessageBundle(value = "reminder", locale = "vi")
public interface ReminderMessages {

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

    @Message("Thư gửi tự động hằng ngày. Cập nhật tiến độ tại {url}")
    String reminder_mail_footer(String url);

    // == follow-up ==

    @Message("{place}, ngày {day} tháng {month} năm {year}")
    String letter_place_date(String place, String day, String month, String year);

    @Message("quá hạn {days} ngày")
    String letter_days_over(long days);

    @Message("đến hạn hôm nay")
    String letter_due_today();

    @Message("còn {days} ngày")
    String letter_days_left(long days);

    @Message("V/v đôn đốc thực hiện nhiệm vụ")
    String letter_subject();

    @Message("ĐẢNG CỘNG SẢN VIỆT NAM")
    String letter_party();

    @Message("Kính gửi:")
    String letter_to_label();

    @Message("Thực hiện nhiệm vụ theo dõi, đôn đốc việc thực hiện các nhiệm vụ được giao, {issuer} đề nghị {body} quan tâm chỉ đạo thực hiện {count} nhiệm vụ dưới đây, đã quá hạn hoặc sắp đến hạn:")
    String letter_opening(String issuer, String body, int count);

    @Message("STT")
    String letter_col_no();

    @Message("Nhiệm vụ")
    String letter_col_task();

    @Message("Văn bản giao nhiệm vụ")
    String letter_col_source();

    @Message("Thời hạn")
    String letter_col_deadline();

    @Message("Tình trạng")
    String letter_col_standing();

    @Message("đôn đốc lần {ordinal}")
    String letter_ordinal(int ordinal);

    @Message("Đề nghị {body} khẩn trương chỉ đạo triển khai thực hiện, báo cáo kết quả (hoặc đề nghị điều chỉnh thời hạn, nếu cần) về {issuer} để tổng hợp, báo cáo theo quy định.")
    String letter_closing(String body, String issuer);

    @Message("Nơi nhận:")
    String letter_recipients();

    @Message("- Như trên,")
    String letter_recipient_as_above();

    @Message("- Lưu Văn phòng.")
    String letter_recipient_file();

    @Message("Văn bản đôn đốc")
    String letter_page_title();

    @Message("Các cơ quan dưới đây có nhiệm vụ chưa hoàn thành đã quá hạn hoặc đến hạn trong {days} ngày tới. Văn bản tạo ra là bản Word để sửa trước khi ký (hoặc PDF), và được ghi vào lịch sử của từng nhiệm vụ nêu trong đó: đôn đốc lần 1, lần 2...")
    String letter_page_intro(int days);

    @Message("Không cơ quan nào có nhiệm vụ quá hạn hay sắp đến hạn.")
    String letter_page_none();

    @Message("Cơ quan")
    String letter_col_body();

    @Message("Quá hạn")
    String letter_col_overdue();

    @Message("Sắp đến hạn")
    String letter_col_soon();

    @Message("Tạo văn bản")
    String letter_col_make();

    @Message("Word (.docx)")
    String letter_make_docx();

    @Message("PDF")
    String letter_make_pdf();

    @Message("Tất cả các cơ quan")
    String letter_make_all_title();

    @Message("Một tệp gồm văn bản gửi từng cơ quan, mỗi văn bản bắt đầu ở trang mới.")
    String letter_make_all_hint();

    @Message("Không có nhiệm vụ quá hạn hay sắp đến hạn để đôn đốc.")
    String letter_error_nothing();

    @Message("Không có cơ quan này.")
    String letter_error_body();

    @Message("{count} đề nghị gia hạn không được đồng ý")
    String digest_refused_count(int count);

    @Message("ĐỀ NGHỊ ĐIỀU CHỈNH THỜI HẠN KHÔNG ĐƯỢC ĐỒNG Ý ({count}):")
    String digest_refused_heading(int count);

    @Message("Đề nghị đến {requested} không được đồng ý: {reason}")
    String digest_refused_line(String requested, String reason);

    // == results ==

    @Message("ĐÃ BÁO CÁO HOÀN THÀNH, CHỜ VĂN THƯ XÁC NHẬN ({count})")
    String reminder_mail_reported_heading(int count);

    @Message("Báo cáo ngày")
    String reminder_mail_reported_on();
}
