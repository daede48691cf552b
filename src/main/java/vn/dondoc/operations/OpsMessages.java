package vn.dondoc.operations;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of health, start-up check and backups. Vietnamese (the default) here, English in {@code
 * messages/ops_en.properties}; templates use them as {@code {ops:key}}.
 */
@MessageBundle(value = "ops", locale = "vi")
public interface OpsMessages {

    // == operations ==

    @Message("Bản sao lưu chứa toàn bộ cơ sở dữ liệu: văn bản, nhiệm vụ, phân công, lịch sử trạng thái, tài khoản và nhật ký. Sao lưu được tạo trong khi hệ thống vẫn hoạt động. Hãy tải bản sao lưu về và cất ở nơi khác máy chủ.")
    String ops_backups_lead();

    @Message("Sao lưu ngay")
    String ops_backups_make();

    @Message("Các bản sao lưu nằm trong thư mục {folder} trên máy chủ.")
    String ops_backups_folder(String folder);

    @Message("Chưa có bản sao lưu nào.")
    String ops_backups_none();

    @Message("{count} bản sao lưu, mới nhất trước")
    String ops_backups_caption(int count);

    @Message("Tệp")
    String ops_backups_field_name();

    @Message("Thời điểm tạo")
    String ops_backups_field_made();

    @Message("Dung lượng")
    String ops_backups_field_size();

    @Message("{kilobytes} KB")
    String ops_backups_size(long kilobytes);

    @Message("Tải về")
    String ops_backups_download();

    @Message("Cách khôi phục: dừng hệ thống, giải nén bản sao lưu vào một thư mục dữ liệu mới, rồi khởi động với thư mục đó (DONDOC_DATA_DIR). Chi tiết trong README, mục “Health, backup and restore”.")
    String ops_backups_restore();

    @Message("Cơ sở dữ liệu là PostgreSQL, nằm trên máy chủ cơ sở dữ liệu: hãy sao lưu bằng pg_dump và khôi phục bằng pg_restore, như hướng dẫn trong README (mục “Health, backup and restore”). Hệ thống không tự sao lưu PostgreSQL.")
    String ops_backups_postgres();

    @Message("Đã tạo bản sao lưu.")
    String ops_backups_flash_made();

    @Message("Cơ sở dữ liệu PostgreSQL được sao lưu bằng pg_dump, không qua trang này.")
    String ops_backups_flash_unavailable();

    @Message("Không tạo được bản sao lưu (thư mục đầy hoặc không ghi được). Chi tiết trong nhật ký máy chủ; hãy thử lại hoặc báo người quản trị máy chủ.")
    String ops_backups_failed();
}
