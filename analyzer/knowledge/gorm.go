package knowledge

// gorm.io/gorm v1.25.12 and github.com/jinzhu/gorm v1: Exec(sql, values...),
// and Delete(value, conds...), which deletes rows of value's model.
var gorm = register(&Profile{
	Name: "gorm",
	Storage: []StorageAPI{
		{Name: "(*gorm.io/gorm.DB).Exec", Kind: StorageQuery, Arg: 0},
		{Name: "(*gorm.io/gorm.DB).Delete", Kind: StorageModel, Arg: 0},
		{Name: "(*github.com/jinzhu/gorm.DB).Exec", Kind: StorageQuery, Arg: 0},
		{Name: "(*github.com/jinzhu/gorm.DB).Delete", Kind: StorageModel, Arg: 0},
	},
})
