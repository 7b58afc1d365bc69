package bot

import (
	"testing"

	"github.com/bwmarrin/discordgo"
)

func TestIsModerator(t *testing.T) {
	tests := []struct {
		name string
		m    *discordgo.Member
		want bool
	}{
		{"dm", nil, false},
		{"member", &discordgo.Member{Roles: []string{"7"}}, false},
		{"manage server", &discordgo.Member{Permissions: discordgo.PermissionManageGuild}, true},
		{"administrator", &discordgo.Member{Permissions: discordgo.PermissionAdministrator}, true},
		{"moderator role", &discordgo.Member{Roles: []string{"7", "99"}}, true},
	}
	for _, tt := range tests {
		if got := isModerator(tt.m, []string{"99"}); got != tt.want {
			t.Errorf("isModerator(%s) = %v, want %v", tt.name, got, tt.want)
		}
	}
}
