"""juhe-desk: a desktop client for the 聚合云信 industry SMS gateway."""

__version__ = "0.1.0"
APP_NAME = "juhe-desk"
APP_ID = "cn.juhedesk.JuheDesk"
