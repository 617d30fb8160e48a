//! Speakers sharing one reporting verb ("Lind and Berg said"), which a later "they" takes whole.

use super::{Doc, Speaker};

impl Doc {
    /// Adds a speaker to the group of subjects of one verb ("Lind and Berg said").
    pub fn note_group_member(&mut self, s: &Speaker, verb: usize, para: usize) {
        if self.group.1 != verb || self.group.2 != para {
            self.group = (Vec::new(), verb, para);
        }
        if !self.group.0.contains(s) {
            self.group.0.push(s.clone());
        }
    }

    /// The latest speaker group, if it spoke in this or the previous paragraph.
    pub fn last_group(&self, para: usize) -> Vec<Speaker> {
        if self.group.0.len() >= 2 && self.group.2 + 1 >= para {
            self.group.0.clone()
        } else {
            Vec::new()
        }
    }
}
